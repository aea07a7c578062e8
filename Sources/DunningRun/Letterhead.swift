import Foundation
import InvoiceReaders
import OverdueKit

/// The envelope preset and the logo letters are drawn with, decided one way for `render`,
/// `batch`, `run`, `handover` (rebuilding a letter) and the studio: the option, else the
/// profile's `layout:`, else DIN 5008 form B; the profile's `logo:` read and checked once.
public enum Letterhead {
    static let hint = "use one of \(LayoutPreset.names.joined(separator: ", ")) (overdue templates list shows them)"

    /// `option` (`--layout`), else the profile's, else DIN 5008 form B.
    public static func preset(option: String?, profile: Profile?) throws -> LayoutPreset {
        if let option {
            guard let preset = LayoutPreset.named(option) else { throw CLIFailure("--layout: \"\(option)\" is not a layout preset", hint: hint) }
            return preset
        }
        if let profile, let name = profile.layout {
            guard let preset = LayoutPreset.named(name) else { throw CLIFailure("\(profile.file): layout: \"\(name)\" is not a layout preset", hint: hint) }
            return preset
        }
        return .standard
    }

    /// The profile's logo, read and checked once (shared by every letter of the run).
    public static func logo(profile: Profile?) throws -> LetterLogo? {
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
