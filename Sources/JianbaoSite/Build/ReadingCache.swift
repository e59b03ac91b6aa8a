import Synchronization
import JianbaoReading

/// The readings of a long-running process's last build (`serve`'s), by report file: a rebuild re-reads
/// only the reports whose name or bytes changed. `build` keeps none and reads every report.
public final class ReadingCache: Sendable {
    private struct Kept {
        var file: ReportFile
        var reading: ReportReading
    }

    private struct State {
        // What site.json tells the reader: when it changes, no reading is kept.
        var defaultYear: Int
        var places: [PlaceConfig]
        var kept: [String: Kept] = [:]
    }

    private let state = Mutex(State(defaultYear: 0, places: []))

    public init() {}

    /// The readings of `files` under `config`, each from the last build when its bytes are the same,
    /// else from `read`; the cache then holds exactly these.
    func readings(_ files: [ReportFile], config: SiteConfig, read: @Sendable (ReportFile) -> ReportReading) -> [ReportReading] {
        let kept = state.withLock { state in
            if state.defaultYear != config.defaultYear || state.places != config.places {
                state = State(defaultYear: config.defaultYear, places: config.places)
            }
            return state.kept
        }
        // Files the loader kept share their bytes' storage, so most comparisons cost one pointer check.
        let readings = files.parallelMap { file in
            kept[file.name].flatMap { $0.file == file ? $0.reading : nil } ?? read(file)
        }
        let next = Dictionary(zip(files, readings).map { ($0.name, Kept(file: $0, reading: $1)) }, uniquingKeysWith: { first, _ in first })
        state.withLock { $0.kept = next }
        return readings
    }
}
