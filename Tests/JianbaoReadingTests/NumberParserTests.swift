import Foundation
import Testing
@testable import JianbaoReading

/// Numbers as Chinese reports write them: each case is the text and the quantities found, as
/// `value unit [qualifier]`, where the value is in yuan for money.
@Suite struct NumberParserTests {
    static func describe(_ quantity: Quantity) -> String {
        let unit = switch quantity.unit {
        case .money(let currency): currency
        case .count(let word): word
        case .percent: "%"
        }
        return (["\(quantity.value)", unit] + (quantity.approx.map { [$0] } ?? [])).joined(separator: " ")
    }

    @Test(arguments: [
        // Arabic numerals, separators, decimals
        ("总投资638亿元", ["63800000000 CNY"]),
        ("贷款600万元", ["6000000 CNY"]),
        ("救助金12.67万元", ["126700 CNY"]),
        ("共计1,200万元", ["12000000 CNY"]),
        ("合计12,345,678元", ["12345678 CNY"]),
        ("投资98.2亿元的5个项目", ["9820000000 CNY", "5 个"]),
        ("补助资金1600万元", ["16000000 CNY"]),
        ("奖励5000元", ["5000 CNY"]),
        ("投资0.5亿元", ["50000000 CNY"]),
        ("总投资113.41亿元", ["11341000000 CNY"]),
        // full-width digits and point
        ("总投资６３８亿元", ["63800000000 CNY"]),
        ("投资３．５亿元", ["350000000 CNY"]),
        ("项目６７个", ["67 个"]),
        // Chinese numerals
        ("三千万元", ["30000000 CNY"]),
        ("一百二十亿元", ["12000000000 CNY"]),
        ("二十三亿五千万元", ["2350000000 CNY"]),
        ("十二个项目", ["12 个"]),
        ("两亿元", ["200000000 CNY"]),
        ("一百零五万元", ["1050000 CNY"]),
        ("一千零五十元", ["1050 CNY"]),
        ("十万元", ["100000 CNY"]),
        ("三点五亿元", ["350000000 CNY"]),
        ("壹佰万元", ["1000000 CNY"]),
        ("五百亿元", ["50000000000 CNY"]),
        ("十亿元", ["1000000000 CNY"]),
        // mixed forms and big units
        ("5亿8000万元", ["580000000 CNY"]),
        ("1.2万亿元", ["1200000000000 CNY"]),
        ("3千万元", ["30000000 CNY"]),
        ("2万亿元", ["2000000000000 CNY"]),
        ("12万元", ["120000 CNY"]),
        ("一万亿元", ["1000000000000 CNY"]),
        // other currencies stay in their own
        ("3.5亿美元", ["350000000 USD"]),
        ("2000万欧元", ["20000000 EUR"]),
        ("5亿港元", ["500000000 HKD"]),
        ("100亿日元", ["10000000000 JPY"]),
        ("300万英镑", ["3000000 GBP"]),
        ("1亿人民币", ["100000000 CNY"]),
        // qualifiers attach to the amount they sit next to
        ("约320亿元", ["32000000000 CNY 约"]),
        ("调拨近80万元资金", ["800000 CNY 近"]),
        ("超50亿元", ["5000000000 CNY 超"]),
        ("超过50亿元", ["5000000000 CNY 超过"]),
        ("逾10亿元", ["1000000000 CNY 逾"]),
        ("100多万元", ["1000000 CNY 多"]),
        ("200余万元", ["2000000 CNY 余"]),
        ("1000余元", ["1000 CNY 余"]),
        ("十多亿元", ["1000000000 CNY 多"]),
        ("50亿元左右", ["5000000000 CNY 左右"]),
        ("拜访客商200余人,签约10亿元", ["200 人 余", "1000000000 CNY"]),
        ("11349户贫困户,80万元", ["11349 户", "800000 CNY"]),
        // percentages
        ("占比38.1%", ["38.1 %"]),
        ("增长百分之三十", ["30 %"]),
        ("达98.3％", ["98.3 %"]),
        // counts
        ("3家企业", ["3 家"]),
        ("35户", ["35 户"]),
        ("项目24个,合同投资额398亿元", ["24 个", "39800000000 CNY"]),
        // not amounts, and malformed text: no value is invented
        ("亿元", []),
        ("万元以上", []),
        ("一亿亿元", []),
        ("3..5亿元", []),
        ("3.5.6亿元", []),
        ("几百万元", []),
        ("数千万元", []),
        ("一手抓疫情防控", []),
        ("千方百计", []),
        ("万象汇", []),
        ("2020年", []),
        ("第3.", []),
        ("15,占比", []),
        ("十百元", []),
        ("亿万元", []),
    ] as [(String, [String])])
    func readsQuantities(text: String, expected: [String]) {
        #expect(QuantityScanner.quantities(in: text).map(Self.describe) == expected)
    }

    @Test func rangesCoverTheQualifierNumberAndUnit() throws {
        let text = "计划总投资约320亿元,"
        let amount = try #require(QuantityScanner.amounts(in: text).first)
        #expect(String(Array(text)[amount.range]) == "约320亿元")
    }

    @Test(arguments: [
        ("2月17日,签约。", ReportDate(year: 2020, month: 2, day: 17)),
        ("三月六日上午", ReportDate(year: 2020, month: 3, day: 6)),
        ("二〇一九年十二月三十一日", ReportDate(year: 2019, month: 12, day: 31)),
        ("２月２１日", ReportDate(year: 2020, month: 2, day: 21)),
        ("2019年6月3日开工", ReportDate(year: 2019, month: 6, day: 3)),
        ("13月40日", nil),
        ("全年投资13个月", nil),
    ] as [(String, ReportDate?)])
    func readsChineseDates(text: String, expected: ReportDate?) {
        #expect(DateFinder.firstDate(in: text, defaultYear: 2020) == expected)
    }
}
