import Foundation

// Writes a Swift file holding every file under a folder, by relative path, for the binary to carry:
// `embed-templates FOLDER OUTPUT.swift`. Hidden files are left out; the bytes go as base64, exact.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: embed-templates FOLDER OUTPUT.swift\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL
var entries: [(path: String, base64: String)] = []
let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])?.allObjects ?? []
for case let url as URL in found {
    let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
          !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
    entries.append((relative, try Data(contentsOf: url).base64EncodedString()))
}
var source = "// Made by embed-templates from Templates/ at build time; not kept in git.\n"
source += "let builtInFiles: [(path: String, base64: String)] = [\n"
for entry in entries.sorted(by: { $0.path < $1.path }) {
    source += "    (\(String(reflecting: entry.path)), \"\(entry.base64)\"),\n"
}
source += "]\n"
try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
