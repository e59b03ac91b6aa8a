/// What the reader needs to know besides the text: the year to assume and the places to recognise.
public struct ReadingOptions: Sendable {
    public var defaultYear: Int
    public var gazetteer: Gazetteer

    public init(defaultYear: Int = 2020, gazetteer: Gazetteer = .china) {
        self.defaultYear = defaultYear
        self.gazetteer = gazetteer
    }
}
