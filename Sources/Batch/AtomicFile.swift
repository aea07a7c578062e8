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

    /// Writes `data` to a temporary file beside `path`, then renames it into place.
    public static func write(_ data: Data, to path: String) throws {
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
        let written = data.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return -1 }
                offset += n
            }
            return offset
        }
        close(fd)
        guard written == data.count else {
            unlink(temporary)
            throw Failure.cannotWrite(path, reason: "the disk refused the data")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure.cannotWrite(path, reason: reason)
        }
    }
}
