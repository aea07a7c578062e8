import Foundation

/// `--combined FILE.pdf [--volume-size N]`: every letter of a batch in print-ready files, in
/// manifest order, each letter starting on an odd page and never split over two files.
public struct CombinedOutput: Sendable, Equatable {
    /// `FILE.pdf` as given; volumes are named `FILE-001.pdf`, `FILE-002.pdf`, ... beside it.
    public var path: String
    /// Letters per volume; 0: one file, whatever the size.
    public var volumeSize: Int

    /// 2,000 letters: 4,000 to 6,000 A4 pages and about 6 MB a volume (2.9 KB a letter, the fonts
    /// shared), a file a print shop's RIP spools and rasterises comfortably, while holding the
    /// volume in memory costs the batch about 50 MB (Benchmarks/results.md).
    public static let defaultVolumeSize = 2000

    public init(path: String, volumeSize: Int = CombinedOutput.defaultVolumeSize) {
        self.path = path; self.volumeSize = max(0, volumeSize)
    }

    /// `FILE-001.pdf` for volume 1 (three digits, more when there are more volumes).
    public func volumePath(_ number: Int) -> String {
        let base = (path as NSString).deletingPathExtension
        let ext = (path as NSString).pathExtension
        return base + "-" + String(format: "%03d", number) + (ext.isEmpty ? "" : "." + ext)
    }

    /// The file a volume ends up in: `FILE.pdf` when the run made a single volume.
    public func finalPath(volume: Int, of count: Int) -> String { count == 1 ? path : volumePath(volume) }
}

/// Why the combined PDF was not written.
public enum CombinedError: Error, CustomStringConvertible {
    /// libharu failed while drawing or writing a volume (its error says which code and page).
    case drawing(file: String, volume: Int, letter: Int, origin: String, underlying: Error)
    /// Writing or renaming a volume failed.
    case writing(file: String, volume: Int, underlying: Error)
    /// `--strict` stopped the run before every letter was drawn.
    case incomplete(file: String)

    public var description: String {
        switch self {
        case .drawing(let file, let volume, let letter, let origin, let underlying):
            return "\(file), volume \(volume): letter \(letter) of the manifest (\(origin)): \(underlying)"
        case .writing(let file, let volume, let underlying):
            return "\(file), volume \(volume): \(underlying)"
        case .incomplete(let file):
            return "\(file): not written, the run stopped before every letter was drawn"
        }
    }
}
