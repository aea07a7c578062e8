import Batch
import Foundation
import Testing

/// The batch's output folder and file writes (issue 10): one batch at a time, no temporary file
/// left by a killed run, no special file replaced, stale letters moved aside.
@Suite struct OutputFolderTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-folder-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func twoBatchesCannotHoldOneFolder() throws {
        let path = try Self.folder()
        var first: OutputFolder? = try OutputFolder(path: path)
        #expect(throws: OutputFolder.Failure.self) { _ = try OutputFolder(path: path) }
        #expect(first != nil)
        first = nil
        _ = try OutputFolder(path: path)
        // The lock is on the folder itself: no lock file is left in it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }

    @Test func temporaryFilesOfDeadRunsAreRemoved() throws {
        let path = try Self.folder()
        let dead: pid_t = 4_194_305  // above Linux's largest process id
        // A manifest's temporary file is stale whatever its process id says: only a batch writes
        // one, and the folder is this batch's. Another write's is kept while its process runs.
        let leftovers = [".manifest.json.\(dead).tmp", ".manifest.csv.1.tmp", ".A-notice.pdf.\(dead).123.tmp"]
        let running = ".B-notice.pdf.1.456.tmp"
        let mine = ".manifest.json.\(getpid()).tmp"
        for name in leftovers + [mine, running, "A-notice.pdf"] { FileManager.default.createFile(atPath: "\(path)/\(name)", contents: Data("x".utf8)) }
        let folder = try OutputFolder(path: path)
        #expect(folder.removeLeftovers() == 3)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: path)) == [mine, running, "A-notice.pdf"])
    }

    @Test func lettersOfDebtorsNoLongerInTheInputsAreMovedAside() throws {
        let path = try Self.folder()
        let marked = Data("%PDF-1.4 /Keywords (overdue-input:abc;pages=1)".utf8)
        FileManager.default.createFile(atPath: "\(path)/A-notice.pdf", contents: marked)
        FileManager.default.createFile(atPath: "\(path)/B-notice.pdf", contents: marked)
        FileManager.default.createFile(atPath: "\(path)/B-reminder.pdf", contents: marked)
        FileManager.default.createFile(atPath: "\(path)/mine-notice.pdf", contents: Data("%PDF-1.4 a user's own file".utf8))
        let moved = try OutputFolder(path: path).retireAbsent(kind: "notice") { $0 == "A-notice" }
        #expect(moved == ["B-notice.pdf"])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: path)) == ["A-notice.pdf", "B-reminder.pdf", "mine-notice.pdf", "stale"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(path)/stale") == ["B-notice.pdf"])
    }

    @Test func aDeviceOrPipeIsWrittenDirectlyNeverReplaced() throws {
        try AtomicFile.write(Data("letter".utf8), to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)

        let fifo = try Self.folder() + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Received()
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 64)
            var bytes: [UInt8] = []
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                bytes += buffer[0..<n]
            }
            close(fd)
            received.set(bytes)
        }
        reader.start()
        try AtomicFile.write(Data("letter".utf8), to: fifo)
        while !received.done { usleep(1000) }
        #expect(received.bytes == Array("letter".utf8))
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)

        let folder = try Self.folder()
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(Data("x".utf8), to: folder) }
    }

    @Test func anAbandonedManifestLeavesNoTemporaryFile() throws {
        let path = try Self.folder()
        let writer = try ManifestWriter(folder: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).count == 2)
        writer.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }
}

/// What the pipe's reader got.
final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [UInt8]?
    func set(_ bytes: [UInt8]) { lock.lock(); value = bytes; lock.unlock() }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return value != nil }
    var bytes: [UInt8] { lock.lock(); defer { lock.unlock() }; return value ?? [] }
}
