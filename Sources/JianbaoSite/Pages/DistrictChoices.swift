import Synchronization

/// The site's districts as the choices of a figure filter, made once per build for each kind and
/// way back to the root: every page of a site-wide listing offers the same list of every district.
final class DistrictChoices: Sendable {
    private struct Key: Hashable {
        var kinds: FigureListing.Kinds
        var root: String
        var counted: Bool
    }

    private let made = Mutex<[Key: Digested<[FilterOption]>]>([:])

    /// The choices for `kinds` on a page whose way back to the root is `root`, made by `make` the first time.
    func choices(_ kinds: FigureListing.Kinds, root: String, counted: Bool,
                 make: () -> [FilterOption]) -> Digested<[FilterOption]> {
        let key = Key(kinds: kinds, root: root, counted: counted)
        if let known = made.withLock({ $0[key] }) { return known }
        // Made outside the lock; two pages that make the same list at once make equal values.
        let choices = Digested(make())
        return made.withLock { made in
            if let known = made[key] { return known }
            made[key] = choices
            return choices
        }
    }
}
