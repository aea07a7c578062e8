import Foundation
import GRDB
import Testing
@testable import Journal

/// Bad journal files: a clear error, and the file is left as it was.
@Suite(.serialized) struct JournalFileTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func aDamagedFileIsRefusedUntouched() throws {
        let path = try temporaryJournal()
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        for access in [LetterJournal.Access.read, .write, .create] {
            #expect {
                try LetterJournal(path: path, access: access)
            } throws: { error in
                guard case JournalError.corrupt(let file, _)? = error as? JournalError else { return false }
                return file == path
            }
        }
        #expect(bytes(path) == Data(repeating: 0x41, count: 4096))
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let path = try temporaryJournal()
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        try other.close()
        let before = bytes(path)
        #expect(throws: JournalError.notAJournal(path)) { try LetterJournal(path: path, access: .write) }
        #expect(bytes(path) == before)
    }

    /// A journal migrated by a newer version (a migration this one does not know) is refused.
    @Test func aNewerJournalIsRefusedUntouched() throws {
        let path = try temporaryJournal()
        _ = try LetterJournal(path: path, access: .create)
        let raw = try DatabaseQueue(path: path)
        try raw.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try raw.close()
        let before = bytes(path)
        for access in [LetterJournal.Access.read, .write] {
            #expect(throws: JournalError.newer(path)) { try LetterJournal(path: path, access: access) }
        }
        #expect(bytes(path) == before)
    }

    /// A journal held by a running command: a second one is told so (after the short busy wait).
    @Test func aLockedJournalIsRefused() throws {
        let path = try temporaryJournal()
        let running = try LetterJournal(path: path, access: .create)
        _ = try running.addPending([newLetter()])
        #expect(throws: JournalError.locked(path)) { try LetterJournal(path: path, access: .write) }
        #expect(throws: JournalError.locked(path)) { try LetterJournal(path: path, access: .read) }
    }

    @Test func aMissingJournalIsOnlyCreatedByARun() throws {
        let path = try temporaryJournal()
        #expect(throws: JournalError.cannotOpen(path, detail: "no such file")) { try LetterJournal(path: path, access: .write) }
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try LetterJournal(path: path, access: .create)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
