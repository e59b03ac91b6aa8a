/// A list split into pages of `size`: page 1 keeps the list's own path (`districts/zhang-dian-qu.html`),
/// page N is `districts/zhang-dian-qu/N.html`, one folder deeper.
struct PagedList {
    /// The path of page 1, from the site root.
    var path: String
    var count: Int
    var size: Int

    var pageCount: Int { max(1, (count + size - 1) / size) }
    var pages: ClosedRange<Int> { 1...pageCount }

    /// Where page `number` is, from the site root.
    func path(of number: Int) -> String {
        SiteModel.path(path, page: number)
    }

    /// The items page `number` shows.
    func range(of number: Int) -> Range<Int> {
        min(count, (number - 1) * size)..<min(count, number * size)
    }

    /// The path from page `number` back to the site root, given page 1's.
    func root(of number: Int, firstRoot: String) -> String {
        number == 1 ? firstRoot : firstRoot + "../"
    }

    /// How many numbers either side of the current page are shown; the first and last always are.
    static let window = 2

    /// The page numbers and neighbours of page `number`, as links relative to it; far pages are
    /// left out, a gap standing for them.
    func navigation(at number: Int, root: String) -> Pagination {
        let url = { (page: Int) in root + path(of: page) }
        var numbers: [PageNumber] = []
        for page in pages where page == 1 || page == pageCount || abs(page - number) <= Self.window {
            if let last = numbers.last, page > last.number + 1 { numbers.append(PageNumber(number: 0, url: "", isCurrent: false, isGap: true)) }
            numbers.append(PageNumber(number: page, url: url(page), isCurrent: page == number, isGap: false))
        }
        return Pagination(
            isPaged: pageCount > 1, current: number, total: pageCount,
            prevURL: number > 1 ? url(number - 1) : nil, nextURL: number < pageCount ? url(number + 1) : nil,
            pages: numbers
        )
    }
}
