import Testing
@testable import JianbaoReading

/// Lines that only say where text goes on, or label a column, are page furniture, never an article.
@Suite struct PageFurnitureTests {
    @Test(arguments: [
        ("（下转第2版）", JumpMarker.out), ("(上接第1版)", .into), ("（转第A3版）", .out), ("（下转第十二版）", .out),
        ("（接第3页）", .into), ("（接上页）", nil), ("（下转第2版）项目建设", nil), ("下转第2版", nil), ("（记者 王明）", nil),
    ])
    func jumpMarkers(line: String, marker: JumpMarker?) {
        #expect(JumpMarker.of(line) == marker)
    }

    @Test(arguments: [
        ("审批时间压缩（下转第2版）", JumpMarker.out, 7), ("项目建成后（转A2版）", .out, 6), ("全年计划投资（亿元）", nil, 0),
        ("（下转第2版）", nil, 0),
    ])
    func markersAtTheEndOfText(text: String, marker: JumpMarker?, length: Int) {
        let found = JumpMarker.atEnd(of: text)
        #expect(found?.marker == marker)
        #expect((found?.length ?? 0) == length)
    }

    @Test(arguments: [
        ("（上接第1版）至15个工作日以内。", JumpMarker.into, 7), ("(接A1版) 全面推进", .into, 7), ("（记者 王明）会议要求", nil, 0),
        ("（上接第1版）", nil, 0),
    ])
    func markersAtTheStartOfText(text: String, marker: JumpMarker?, length: Int) {
        let found = JumpMarker.atStart(of: text)
        #expect(found?.marker == marker)
        #expect((found?.length ?? 0) == length)
    }

    @Test(arguments: [
        ("▪ 区县动态", true), ("■图片新闻", true), ("◆ 要闻速览", true),
        ("▪ 全区新签约项目12个,总投资50亿元", false), ("□ 记者 王明", false), ("◎记者 李华 通讯员 张强", false), ("区县动态", false),
    ])
    func columnLabels(line: String, isLabel: Bool) {
        #expect(BlockKind.isColumnLabel(line) == isLabel)
    }

    @Test func aJumpMarkerAndAColumnLabelAreNoArticles() {
        let page = "▪ 区县动态\n\n寒亭区项目建设提速\n\n记者 王明\n\n近日,寒亭区召开会议,部署重点项目建设工作,要求各部门\n\n（下转第2版）\n\n潍城区召开会议\n\n记者 李华\n\n会议要求加快进度。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.map(\.displayTitle) == ["寒亭区项目建设提速", "潍城区召开会议"])
        #expect(report.furniture.contains("（下转第2版）") && report.furniture.contains("▪ 区县动态"))
    }
}
