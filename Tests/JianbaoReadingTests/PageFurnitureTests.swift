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
        ("▪ 全区新签约项目12个,总投资50亿元", false), ("□ 记者 王明", false), ("◎记者 李华 通讯员 张强", false), ("区县动态", true), ("区县项目建设提速", false),
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

    @Test(arguments: [
        ("▲5月8日,高新区重点项目集中开工现场。 记者 王明 摄", true),
        ("△ 工人在车间内调试设备", true),
        ("图为临港区一处在建项目。", true),
        ("5月8日,临港区项目建设现场。记者 王明 摄", true),
        ("临港区项目建设现场。新华社记者 李华 摄", true),
        ("工人正在吊装钢梁(本报记者 赵敏 摄)", true),
        ("项目现场一角。 图/通讯员 孙丽 摄", true),
        ("记者在现场看到,几名工人正在进行航拍测绘和拍摄。", false),
        ("记者 王明 摄", false),
        ("5月8日,高新区举行项目集中开工活动,15个项目总投资86亿元。", false),
        ("图书馆项目总投资3亿元。", false),
    ])
    func photoCaptions(text: String, isCaption: Bool) {
        let block = TextBlock.split(text)[0]
        #expect(PhotoCaption.isCaption(block) == isCaption)
    }

    @Test func aCaptionBetweenTwoPartsOfAParagraphIsKeptAsACaption() {
        let page = "高新区15个项目集中开工\n\n记者 王明\n\n5月8日,高新区举行项目集中开工活动,15个项目总投资86亿元,其中\n\n▲开工现场。通讯员 李华 摄\n\n产业项目9个。\n\n项目现场一片繁忙。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        let article = try! #require(report.articles.first)
        #expect(article.paragraphs.map(\.text) == ["5月8日,高新区举行项目集中开工活动,15个项目总投资86亿元,其中产业项目9个。", "项目现场一片繁忙。"])
        #expect(article.captions.map(\.text) == ["▲开工现场。通讯员 李华 摄"])
        #expect(article.byline.correspondents.isEmpty)
    }

    @Test func aFigureInACaptionIsNoMoneyFact() {
        let page = "高新区15个项目集中开工\n\n记者 王明\n\n5月8日,高新区15个项目集中开工。\n\n图为总投资30亿元的产业园项目开工现场。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.first?.captions.count == 1)
        #expect(report.moneyFacts.isEmpty)
    }
}
