import Foundation

/// `run --send-with CMD`: pipes each message to a command (e.g. `sendmail -t`) run by `/bin/sh -c`,
/// one at a time; what the command said is kept for the journal.
struct MailSender {
    let command: String

    struct Outcome {
        var sent: Bool
        var exitStatus: Int32?
        /// The last 500 bytes of the command's standard error (what it complained about).
        var detail: String
    }

    /// Runs the command with the message file as its standard input.
    func send(messageAt path: String) -> Outcome {
        guard let input = FileHandle(forReadingAtPath: path) else {
            return Outcome(sent: false, exitStatus: nil, detail: "\(path): cannot read the message")
        }
        defer { try? input.close() }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-send-\(getpid())-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil), let errorHandle = FileHandle(forWritingAtPath: errors.path) else {
            return Outcome(sent: false, exitStatus: nil, detail: "cannot create a temporary file for the command's messages")
        }
        defer { try? errorHandle.close(); unlink(errors.path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        do { try process.run() } catch {
            return Outcome(sent: false, exitStatus: nil, detail: "cannot start /bin/sh: \(error)")
        }
        process.waitUntilExit()
        let said = (try? Data(contentsOf: errors)) ?? Data()
        let excerpt = String(decoding: said.suffix(500), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            return Outcome(sent: false, exitStatus: nil, detail: "killed by signal \(status)" + (excerpt.isEmpty ? "" : ": \(excerpt)"))
        }
        return Outcome(sent: status == 0, exitStatus: status, detail: excerpt)
    }
}
