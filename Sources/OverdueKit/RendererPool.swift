import Foundation
import HaruPDF
import LetterPDF
import Letters

/// PDF renderers for any thread: a libharu handle serves one thread at a time, so each render
/// takes a renderer from the pool (making one when none is free) and gives it back.
final class RendererPool: @unchecked Sendable {
    private let fonts: FontFiles
    private let fallback: FontFiles?
    private var idle: [LetterPDFRenderer] = []
    private let lock = NSLock()

    init(fonts: FontFiles, fallback: FontFiles?) {
        self.fonts = fonts; self.fallback = fallback
    }

    /// Runs `body` with a renderer no other thread is using.
    func with<T>(_ body: (LetterPDFRenderer) throws -> T) throws -> T {
        lock.lock()
        let taken = idle.popLast()
        lock.unlock()
        let renderer = try taken ?? LetterPDFRenderer(fonts: fonts, fallback: fallback)
        defer { lock.lock(); idle.append(renderer); lock.unlock() }
        return try body(renderer)
    }
}
