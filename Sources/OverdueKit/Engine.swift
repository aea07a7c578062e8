// The engine under the front door, for tools that drive batches and PDFs themselves: the
// `overdue` command line and the benchmark harness. They see the batch runner, the PDF renderer
// and their errors only through OverdueKit, which picks the fonts (`Overdue.letterFonts`), so
// the wiring is made in one place. An app needs none of this: `Overdue.letter` and
// `Overdue.batch` do it all.
@_exported import class Batch.BatchRunner
@_exported import struct Batch.BatchSettings
@_exported import struct Batch.BatchItem
@_exported import enum Batch.BatchInput
@_exported import protocol Batch.BatchProgress
@_exported import enum Batch.BatchPlan
@_exported import struct Batch.LetterNames
@_exported import struct Batch.CombinedOutput
@_exported import enum Batch.CombinedError
@_exported import class Batch.ManifestWriter
@_exported import enum Batch.Manifest
@_exported import class Batch.OutputFolder
@_exported import enum Batch.AtomicFile
@_exported import enum Batch.UnprintableField
@_exported import class LetterPDF.LetterPDFRenderer
@_exported import struct LetterPDF.DrawPlan
@_exported import struct LetterPDF.LayoutPreset
@_exported import struct LetterPDF.LetterLogo
@_exported import enum LetterPDF.LayoutError
@_exported import struct HaruPDF.FontFiles
@_exported import enum HaruPDF.FontStyle
@_exported import enum HaruPDF.HaruError
@_exported import class HaruPDF.ImageFile
@_exported import enum HaruPDF.ImageError

import Foundation
import Letters

extension Overdue {
    /// The fonts every letter is drawn with: Overdue Sans, compiled in (so a binary finds it
    /// wherever it is moved), and the full DejaVu Sans from Debian for characters outside the
    /// cut, when installed.
    public static var letterFonts: (primary: FontFiles, fallback: FontFiles?) {
        (BundledResources.fonts, BundledResources.fallbackFonts)
    }

    /// The shipped templates, compiled in (the same text as the repository's `Templates/`).
    public static var bundledTemplates: [TemplateFile] { BundledResources.templates }
}
