import OverdueKit
import ArgumentParser
import Foundation
import InvoiceReaders

/// `--layout`: the envelope and paper the letters are laid out for (else the profile's `layout:`).
struct LayoutOption: ParsableArguments {
    @Option(help: "The envelope and paper: \(LayoutPreset.names.joined(separator: ", ")). Default: the profile's layout, else din5008-b.")
    var layout: String?

    /// The option's preset, else the profile's, else DIN 5008 form B.
    func preset(profile: Profile?) throws -> LayoutPreset {
        let hint = "use one of \(LayoutPreset.names.joined(separator: ", ")) (overdue templates list shows them)"
        if let layout {
            guard let preset = LayoutPreset.named(layout) else { throw CLIFailure("--layout: \"\(layout)\" is not a layout preset", hint: hint) }
            return preset
        }
        if let profile, let name = profile.layout {
            guard let preset = LayoutPreset.named(name) else { throw CLIFailure("\(profile.file): layout: \"\(name)\" is not a layout preset", hint: hint) }
            return preset
        }
        return .standard
    }

    /// The profile's logo, read and checked once (shared by every letter of the run).
    static func logo(profile: Profile?) throws -> LetterLogo? {
        guard let profile, let path = profile.logoPath else { return nil }
        let hint = "give a PNG or JPEG file, relative to the profile's folder or absolute"
        do {
            let image = try ImageFile(bytes: try Files.read(path, what: "image"), path: path)
            return LetterLogo(image: image, width: profile.logoWidthMM ?? LetterLogo.defaultWidth)
        } catch let error as ImageError {
            throw CLIFailure("\(profile.file): logo: \(error)", hint: hint)
        } catch let failure as CLIFailure {
            throw CLIFailure("\(profile.file): logo: \(failure.message)", hint: hint)
        }
    }
}
