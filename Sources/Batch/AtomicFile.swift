import Foundation

/// Writing files so that a reader never sees a partial one.
public enum AtomicFile {
    public enum Failure: Error, CustomStringConvertible {
        case folderMissing(String)
        case cannotWrite(String, reason: String)
        public var description: String {
            switch self {
            case .folderMissing(let path): return "\(path): the folder does not exist"
            case .cannotWrite(let path, let reason): return "\(path): cannot write there (\(reason))"
            }
        }
    }

    /// The system's words for a failed write ("No space left on device").
    public static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }

    /// Writes `data` to a temporary file beside `path`, then renames it into place. A path that
    /// names a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written directly: a
    /// rename would replace the special file with a regular one. A folder or socket is refused.
    public static func write(_ data: Data, to path: String) throws {
        var existing = stat()
        if stat(path, &existing) == 0 {
            switch existing.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFCHR, S_IFIFO: return try writeDirectly(data, to: path)
            case S_IFDIR: throw Failure.cannotWrite(path, reason: "it is a folder")
            default: throw Failure.cannotWrite(path, reason: "it is a special file")
            }
        }
        // Plain path strings: URL's path handling costs more than the write of a small file.
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var status = stat()
        guard stat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw Failure.folderMissing(folder)
        }
        let temporary = (folder == "/" ? "" : folder) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_CREAT | O_WRONLY | O_TRUNC | O_EXCL, 0o644)
        guard fd >= 0 else { throw Failure.cannotWrite(path, reason: String(cString: strerror(errno))) }
        let failure = writeAll(data, to: fd)
        if close(fd) != 0, failure == nil {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure.cannotWrite(path, reason: reason)
        }
        if let failure {
            unlink(temporary)
            throw Failure.cannotWrite(path, reason: failure)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure.cannotWrite(path, reason: reason)
        }
    }

    /// Writes into a device or pipe as it is.
    static func writeDirectly(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure.cannotWrite(path, reason: String(cString: strerror(errno))) }
        let failure = writeAll(data, to: fd)
        close(fd)
        if let failure { throw Failure.cannotWrite(path, reason: failure) }
    }

    /// Writes every byte; the system's reason when it refuses ("No space left on device").
    static func writeAll(_ data: Data, to fd: Int32) -> String? {
        data.withUnsafeBytes { raw -> String? in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return n < 0 ? String(cString: strerror(errno)) : "the disk took no more data" }
                offset += n
            }
            return nil
        }
    }
}
