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
        // What site.json tells the reader (`SiteBuilder.readerOptions`): when it changes, no reading is kept.
        var options: String
        var kept: [String: Kept] = [:]
    }

    private let state = Mutex(State(options: ""))

    public init() {}

    /// The readings of `files` under `config`, each from the last build when its bytes are the same,
    /// else from `read`; the cache then holds exactly these.
    func readings(_ files: [ReportFile], config: SiteConfig, read: @Sendable (ReportFile) -> ReportReading) -> [ReportReading] {
        let kept = state.withLock { state in
            let options = SiteBuilder.readerOptions(config)
            if state.options != options { state = State(options: options) }
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
