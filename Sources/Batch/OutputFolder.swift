import Foundation

/// A batch's output folder, held by one batch at a time. Opening it takes a lock (`flock` on the
/// folder itself: no lock file, released by the system even when the run is killed) and removes the
/// temporary files that killed runs left; letters that no longer match the inputs are moved into
/// `stale/` rather than left beside the current ones or deleted.
public final class OutputFolder: @unchecked Sendable {
    /// The folder's path as given.
    public let path: String
    private let lockDescriptor: Int32

    /// Where letters that no longer match the inputs go.
    public static let staleName = "stale"

    /// Why the folder cannot be used.
    public enum Failure: Error, CustomStringConvertible {
        /// Another batch holds the lock.
        case busy(String)
        case cannotLock(String, reason: String)
        public var description: String {
            switch self {
            case .busy(let path): return "\(path): another batch is writing into this folder"
            case .cannotLock(let path, let reason): return "\(path): cannot lock the folder (\(reason))"
            }
        }
    }

    /// Creates the folder if needed and locks it; fails at once when another batch holds it.
    public init(path: String) throws {
        self.path = path
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.Failure.cannotWrite(path, reason: AtomicFile.reason(error))
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure.cannotLock(path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            throw busy ? Failure.busy(path) : Failure.cannotLock(path, reason: reason)
        }
        lockDescriptor = fd
    }

    deinit { close(lockDescriptor) }

    /// Removes the temporary files killed runs left: every `.manifest.*.tmp` (only a batch writes
    /// one, and this batch holds the folder), and `.NAME.PID.N.tmp` of an atomic write whose process
    /// is gone (a `render -o` into this folder may be running); returns how many.
    @discardableResult
    public func removeLeftovers() -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var removed = 0
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            guard let pid = Self.processID(inTemporaryName: name), pid != getpid(),
                  name.hasPrefix(".manifest.") || !Self.isRunning(pid) else { continue }
            if unlink((path as NSString).appendingPathComponent(name)) == 0 { removed += 1 }
        }
        return removed
    }

    /// The process id in a temporary name written by `AtomicFile` or `ManifestWriter`.
    static func processID(inTemporaryName name: String) -> pid_t? {
        let parts = name.dropLast(".tmp".count).split(separator: ".")
        guard parts.count >= 3 else { return nil }
        // .manifest.json.PID.tmp, or .NAME.PID.RANDOM.tmp (AtomicFile).
        let candidate = name.hasPrefix(".manifest.") ? parts[parts.count - 1] : parts[parts.count - 2]
        guard name.hasPrefix(".manifest.") || parts[parts.count - 1].allSatisfy(\.isNumber) else { return nil }
        return candidate.allSatisfy(\.isNumber) ? pid_t(candidate) : nil
    }

    static func isRunning(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

    /// Moves `name` (a letter of this batch) into `stale/` when it exists; true if it did.
    @discardableResult
    public func retire(_ name: String) -> Bool { Self.retire(name, in: path) }

    /// Moves `name` from `folder` into `folder/stale/` when it exists; true if it did.
    @discardableResult
    public static func retire(_ name: String, in path: String) -> Bool {
        let source = (path as NSString).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: source) else { return false }
        let folder = (path as NSString).appendingPathComponent(staleName)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return rename(source, (folder as NSString).appendingPathComponent(name)) == 0
    }

    /// Moves into `stale/` every letter of `kind` that an earlier batch wrote (its PDF carries the
    /// input hash) and that `isCurrent` does not claim; returns their names.
    public func retireAbsent(kind: String, isCurrent: (String) -> Bool) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let marker = Data("(overdue-input:".utf8)
        var moved: [String] = []
        for name in names.sorted() where name.hasSuffix("-\(kind).pdf") && !name.hasPrefix(".") && !isCurrent(String(name.dropLast(4))) {
            let full = (path as NSString).appendingPathComponent(name)
            guard let handle = FileHandle(forReadingAtPath: full) else { continue }
            let head = (try? handle.read(upToCount: 1 << 20)) ?? Data()
            try? handle.close()
            // Only letters a batch wrote carry the marker (in the document information, near the end).
            let whole = head.count < 1 << 20 ? head : (FileManager.default.contents(atPath: full) ?? head)
            guard whole.range(of: marker) != nil else { continue }
            if retire(name) { moved.append(name) }
        }
        return moved
    }
}
