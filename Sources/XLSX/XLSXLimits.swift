/// The largest workbook the reader opens, so that no file can make it run out of memory or time.
/// A ZIP archive says how large its parts are, but may lie (a "zip bomb" of a few KB unpacks to
/// gigabytes): the reader counts the bytes it actually unpacks and stops at these numbers.
public struct XLSXLimits: Sendable, Equatable {
    /// Entries in the archive (a workbook with one sheet has about ten).
    public var entries = 10_000
    /// Unpacked bytes of one part (the sheet's XML for 100,000 rows is some 30 MB).
    public var partBytes = 512 << 20
    /// Unpacked bytes of all the parts read together.
    public var totalBytes = 1 << 30
    /// Shared strings (Excel's own limit is far below).
    public var sharedStrings = 5_000_000
    /// Characters of one cell (Excel's own limit).
    public var cellCharacters = 32_767
    /// Columns of a sheet (Excel's own limit, XFD).
    public var columns = 16_384

    public init() {}
}
