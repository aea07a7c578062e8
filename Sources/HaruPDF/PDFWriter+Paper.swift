extension PDFWriter {
    /// Sets the paper of the pages added from now on, in points (portrait).
    public func setPaper(width: Double, height: Double) {
        pageWidth = width
        pageHeight = height
    }
}
