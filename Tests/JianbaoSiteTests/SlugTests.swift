import Testing
@testable import JianbaoSite

@Suite struct SlugTests {
    @Test(arguments: [
        ("张店区", "zhang-dian-qu"),
        ("潍城区6个项目视频签约", "wei-cheng-qu6ge-xiang-mu-shi-pin-qian-yue"),
        ("“齐鲁号”欧亚班列", "qi-lu-hao-ou-ya-ban-lie"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c?d#e%20", "a-b-c-d-e-20"),
        ("😀", "item"),
        ("", "item"),
    ])
    func makesReadableASCIISlugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func slugsAreAlwaysURLSafe() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("张店区/../\\?#%&  :;<>\"'é中文Ωß😀-_.~abc123")
        for _ in 0..<1_000 {
            let text = String((0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let slug = Slug.make(text)
            #expect(!slug.isEmpty && slug.count <= 60)
            #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(text) → \(slug)")
            #expect(!slug.contains("..") && !slug.hasPrefix("-") && !slug.hasSuffix("-"))
        }
    }

    @Test func collisionsAreNumberedInOrder() {
        #expect(Slug.unique(["a", "b", "a", "a", "a-2"]) == ["a", "b", "a-2", "a-3", "a-2-2"])
    }
}
