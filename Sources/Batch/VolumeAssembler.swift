import Foundation
import HaruPDF
import LetterPDF

/// Builds the combined PDF while the batch runs. The workers hand over each letter's entry and
/// laid-out pages (`DrawPlan`, the layout they made for the letter's own file, so the letter is
/// laid out once) in any order; the assembler puts them in manifest order, gives each letter
/// its volume and first page, passes the entry on to the manifest, and one drawing thread draws
/// the pages into the current volume with its own libharu handle.
///
/// Memory stays flat: a handful of plans wait at a time (the queue is bounded, so the workers
/// wait when drawing falls behind), and libharu holds one volume until it is written to a
/// temporary file, renamed into place and freed.
final class VolumeAssembler: @unchecked Sendable {
    private struct Job {
        let plan: DrawPlan
        let volume: Int
        let letter: Int
        let origin: String
    }

    private let output: CombinedOutput
    private let manifest: ManifestWriter
    private let fonts: FontFiles
    private let fallback: FontFiles?

    // Ordering and numbering, under `lock`.
    private let lock = NSLock()
    private var pending: [Int: (Manifest.Entry, DrawPlan?)] = [:]
    private var next = 0
    private var volume = 0, lettersInVolume = 0, pagesInVolume = 0
    private var complete = true
    /// Its own lock: the drawing thread reads it while a worker may hold `lock`, waiting for room
    /// in the queue that only the drawing thread makes.
    private let flagLock = NSLock()
    private var abandoned = false, waited = false
    private var isAbandoned: Bool { flagLock.lock(); defer { flagLock.unlock() }; return abandoned }

    // The drawing thread's state; read by others only after `finished` is signalled.
    private let jobs = BoundedQueue<Job>(capacity: 32)
    private let finished = DispatchSemaphore(value: 0)
    private var failure: Error?
    /// Volume 1 waits under its temporary name until it is known whether a second follows.
    private var firstTemporary: String?
    private var written = 0
    private var temporaries: Set<String> = []
    /// Volumes renamed into place by this run: removed again if a later one fails, so a failed
    /// run never leaves an incomplete set that looks finished.
    private var placed: [String] = []
    /// The envelope preset and logo every volume is drawn with (as the letters' own files).
    private let layout: LayoutPreset
    private let logo: LetterLogo?

    init(output: CombinedOutput, manifest: ManifestWriter, fonts: FontFiles, fallback: FontFiles?,
         layout: LayoutPreset = .standard, logo: LetterLogo? = nil) throws {
        self.output = output; self.manifest = manifest; self.fonts = fonts; self.fallback = fallback
        self.layout = layout; self.logo = logo
        let folder = Self.folder(of: output.path)
        var status = stat()
        guard stat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { throw AtomicFile.Failure.folderMissing(folder) }
        let thread = Thread { [self] in draw(); finished.signal() }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Takes the letter of input number `index` (every index from 0 comes once); `plan` is nil
    /// for a letter that failed.
    func deliver(_ entry: Manifest.Entry, plan: DrawPlan?, at index: Int) {
        lock.lock(); defer { lock.unlock() }
        pending[index] = (entry, plan)
        while let (entry, plan) = pending.removeValue(forKey: next) {
            var entry = entry
            if let plan, entry.status != "failed" {
                if volume == 0 || (output.volumeSize > 0 && lettersInVolume == output.volumeSize) {
                    volume += 1; lettersInVolume = 0; pagesInVolume = 0
                }
                lettersInVolume += 1
                entry.volume = volume
                entry.volume_page = pagesInVolume + 1
                pagesInVolume += plan.pageCount + plan.pageCount % 2
                // Waits while the drawing thread is behind: the workers slow down, memory does not grow.
                _ = jobs.push(Job(plan: plan, volume: volume, letter: next + 1, origin: entry.origin))
            }
            manifest.add(entry, at: next)
            next += 1
        }
    }

    /// After the last delivery: the letters left behind a gap (a run stopped by `--strict`) go to
    /// the manifest without a volume, and the drawing thread finishes the last volume.
    func close() {
        lock.lock()
        if !pending.isEmpty { complete = false }
        for index in pending.keys.sorted() {
            var (entry, _) = pending[index]!
            entry.volume = nil; entry.volume_page = nil
            manifest.add(entry, at: index)
        }
        pending = [:]
        lock.unlock()
        jobs.close()
    }

    /// Waits for the drawing thread; returns the files written, in order.
    func wait() throws -> [String] {
        finished.wait()
        flagLock.lock(); waited = true; flagLock.unlock()
        if failure == nil, !complete { failure = CombinedError.incomplete(file: output.path) }
        if let failure {
            for path in temporaries { unlink(path) }
            for path in placed { unlink(path) }
            throw failure
        }
        if let firstTemporary {
            try rename(firstTemporary, to: output.path, volume: 1)
            written = 1
        }
        guard written > 0 else { return [] }
        removeStaleVolumes(count: written)
        return (1...written).map { output.finalPath(volume: $0, of: written) }
    }

    /// When the run ends early (an input could not be read): stops drawing, writes nothing,
    /// removes the temporary files. Does nothing after `wait`.
    func abandon() {
        flagLock.lock()
        let done = waited
        abandoned = true; waited = true
        flagLock.unlock()
        guard !done else { return }
        close()
        finished.wait()
        for path in temporaries { unlink(path) }
        for path in placed { unlink(path) }
    }

    // MARK: - The drawing thread

    private func draw() {
        var renderer: LetterPDFRenderer?
        var current = 0, firstLetter = 0, lastLetter = 0
        while let job = jobs.pop() {
            guard failure == nil, !isAbandoned else { continue }   // drain, so the workers never wait on a dead thread
            do {
                if job.volume != current {
                    if current > 0 { try finishVolume(current, renderer!, letters: firstLetter...lastLetter) }
                    if renderer == nil { renderer = try LetterPDFRenderer(fonts: fonts, fallback: fallback, layout: layout, logo: logo) }
                    try renderer!.beginBook(title: "Overdue", author: job.plan.author)
                    current = job.volume; firstLetter = job.letter
                }
                try renderer!.appendToBook(job.plan)
                lastLetter = job.letter
            } catch {
                failure = CombinedError.drawing(file: output.path, volume: job.volume, letter: job.letter, origin: job.origin, underlying: error)
            }
        }
        if failure == nil, current > 0, !isAbandoned, let renderer {
            do { try finishVolume(current, renderer, letters: firstLetter...lastLetter) } catch { failure = error }
        }
    }

    /// Writes volume `number` to a temporary name and renames it into place (volume 1 waits
    /// until the second starts: alone, it is `FILE.pdf`).
    private func finishVolume(_ number: Int, _ renderer: LetterPDFRenderer, letters: ClosedRange<Int>) throws {
        let target = output.volumePath(number)
        let temporary = Self.folder(of: target) + "/." + (target as NSString).lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        temporaries.insert(temporary)
        let title = "Overdue: letters \(letters.lowerBound) to \(letters.upperBound) of the manifest"
        do {
            try renderer.finishBook(toFile: temporary, title: title)
        } catch {
            throw CombinedError.writing(file: output.path, volume: number, underlying: error)
        }
        if number == 1 {
            firstTemporary = temporary
            return
        }
        if let first = firstTemporary {
            try rename(first, to: output.volumePath(1), volume: 1)
            firstTemporary = nil
        }
        try rename(temporary, to: target, volume: number)
        written = number
    }

    private func rename(_ temporary: String, to target: String, volume: Int) throws {
        guard Foundation.rename(temporary, target) == 0 else {
            throw CombinedError.writing(file: output.path, volume: volume, underlying: AtomicFile.Failure.cannotWrite(target, reason: String(cString: strerror(errno))))
        }
        temporaries.remove(temporary)
        placed.append(target)
    }

    /// Volumes an earlier, longer run left (and `FILE.pdf` when this run made volumes, or the
    /// volumes when it made one file), so the folder holds exactly this run's files. Only regular files.
    private func removeStaleVolumes(count: Int) {
        func removeFile(_ path: String) -> Bool {
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
            return unlink(path) == 0
        }
        var number = count == 1 ? 1 : count + 1
        while removeFile(output.volumePath(number)) { number += 1 }
        if count > 1 { _ = removeFile(output.path) }
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
