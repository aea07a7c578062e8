import InvoiceModel

extension String {
    /// `trimmed(.spacesAndNewlines)` that first looks at the two ends' bytes: a cell that neither
    /// starts nor ends with a blank (nearly every cell, `€ 1.234,56` included) is kept as is,
    /// without the slower path that non-ASCII text takes.
    var exportTrimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.properties.isWhitespace, !last.properties.isWhitespace, first.value >= 0x20, last.value >= 0x20 { return self }
        return trimmed(.spacesAndNewlines)
    }
}
