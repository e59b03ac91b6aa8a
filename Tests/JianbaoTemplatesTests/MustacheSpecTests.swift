import Foundation
import Testing
@testable import JianbaoTemplates

/// Every test of the Mustache specification for the features the renderer accepts (copied from
/// shared/mustache-spec, MIT licence beside them): comments, delimiters, interpolation, inverted
/// sections, partials, sections and inheritance.
@Suite struct MustacheSpecTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var name: String
        var data: TemplateValue
        var template: String
        var partials: [String: String]
        var expected: String
        var testDescription: String { "\(file): \(name)" }
    }

    // A spec file's JSON, decoded into template values: numbers print as JSON writes them.
    struct JSONValue: Decodable {
        var value: TemplateValue
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { value = .null }
            else if let bool = try? container.decode(Bool.self) { value = .bool(bool) }
            else if let integer = try? container.decode(Int.self) { value = .string(String(integer)) }
            else if let number = try? container.decode(Double.self) { value = .string(String(number)) }
            else if let text = try? container.decode(String.self) { value = .string(text) }
            else if let list = try? container.decode([JSONValue].self) { value = .list(list.map(\.value)) }
            else { value = .object(try container.decode([String: JSONValue].self).mapValues(\.value)) }
        }
    }

    struct SpecFile: Decodable {
        struct Test: Decodable {
            var name: String
            var data: JSONValue
            var template: String
            var partials: [String: String]?
            var expected: String
        }
        var tests: [Test]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mustache-spec")

    static let cases: [Case] = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"].flatMap { file in
        let data = (try? Data(contentsOf: folder.appendingPathComponent("\(file).json"))) ?? Data()
        let spec = (try? JSONDecoder().decode(SpecFile.self, from: data))?.tests ?? []
        return spec.map { Case(file: file, name: $0.name, data: $0.data.value, template: $0.template, partials: $0.partials ?? [:], expected: $0.expected) }
    }

    @Test func everySpecFileIsRead() {
        #expect(Self.cases.count == 163)
    }

    @Test(arguments: cases)
    func rendersAsTheSpecificationSays(_ test: Case) throws {
        var library = TemplateLibrary()
        try library.register(test.template, named: "__test__")
        for (name, text) in test.partials { try library.register(text, named: name) }
        #expect(library.render(test.data, with: "__test__") == test.expected)
    }
}

/// What the renderer does not accept is an error naming the template and line.
@Suite struct TemplateErrorTests {
    @Test(arguments: [
        ("a\n{{>*dynamic}}", 2, "dynamic partials"),
        ("{{<*dynamic}}{{/*dynamic}}", 1, "dynamic parents"),
        ("a\nb\n{{%PRAGMA}}", 3, "pragma"),
        ("{{#a}}\n{{/b}}", 2, "closes nothing"),
        ("{{#a}}\nx", 2, "not closed"),
        ("{{a", 1, "not closed"),
        ("{{=<% %>=}}\n<%b", 2, "not closed"),
        ("{{<p}}text{{x}}{{/p}}", 1, "only blocks"),
        ("{{a b}}", 1, "not a name"),
    ])
    func unsupportedOrBrokenTemplatesAreErrors(text: String, line: Int, reason: String) {
        var library = TemplateLibrary()
        #expect {
            try library.register(text, named: "t")
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            return error.template == "t" && error.line == line && error.reason.contains(reason)
        }
    }
}
