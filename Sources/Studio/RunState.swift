import OverdueKit
import Foundation

/// The progress of the studio's run, told by the workers and read by the run page.
public final class RunState: BatchProgress, @unchecked Sendable {
    public struct Snapshot: Sendable {
        public var running = false
        public var finished = false
        public var debtors = 0
        public var expected = 0
        public var done = 0
        public var failed = 0
        public var failures: [String] = []
        public var error: String?
        public var written = 0, unchanged = 0
        /// The journal ids of the letters the run entered.
        public var letterIDs: [Int64] = []
    }

    private let lock = NSLock()
    private var state = Snapshot()

    public var snapshot: Snapshot { lock.withLock { state } }

    /// False when a run is already going on.
    func begin(debtors: Int) -> Bool {
        lock.withLock {
            guard !state.running else { return false }
            state = Snapshot(running: true, debtors: debtors)
            return true
        }
    }

    func finish(_ summary: ManifestWriter.Summary, letterIDs: [Int64]) {
        lock.withLock {
            state.running = false; state.finished = true
            state.written = summary.rendered; state.unchanged = summary.unchanged; state.failed = summary.failed
            state.letterIDs = letterIDs
        }
    }

    func fail(_ message: String) {
        lock.withLock { state.running = false; state.finished = true; state.error = message }
    }

    public func expect(_ count: Int) { lock.withLock { state.expected += count } }

    public func advanced(done: Int, failed: Int, skipped: Int) {
        lock.withLock { state.done = max(state.done, done); state.failed = max(state.failed, failed) }
    }

    public func failed(origin: String, message: String) {
        lock.withLock { state.failures.append("\(origin): \(message)") }
    }
}
