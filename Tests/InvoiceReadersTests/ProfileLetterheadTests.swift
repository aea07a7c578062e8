import Foundation
import InvoiceReaders
import Testing

/// The profile's `layout`, `logo` and `logo_width_mm` (issue 15).
@Suite struct ProfileLetterheadTests {
    @Test func theKeysAreReadAndTheLogoIsFoundBesideTheProfile() throws {
        let profile = try Profile.read("layout: US-Commercial-9\nlogo: brand/logo.png\nlogo_width_mm: 42.5\n", file: "/srv/office/overdue.yaml")
        #expect(profile.layout == "us-commercial-9")
        #expect(profile.logo == "brand/logo.png")
        #expect(profile.logoPath == "/srv/office/brand/logo.png")
        #expect(profile.logoWidthMM == 42.5)
        #expect(try Profile.read("logo: /opt/logo.jpg\n", file: "/srv/overdue.yaml").logoPath == "/opt/logo.jpg")
        #expect(try Profile.read("logo: logo.png\n", file: "overdue.yaml").logoPath == "logo.png")
        let none = try Profile.read("language: en\n", file: "overdue.yaml")
        #expect(none.layout == nil && none.logoPath == nil && none.logoWidthMM == nil)
        #expect(Profile.letterheadKeys == ["layout", "logo", "logo_width_mm"])
    }

    @Test(arguments: ["logo_width_mm: 0", "logo_width_mm: -3", "logo_width_mm: 900", "logo_width_mm: true", "logo_width_mm: [1]",
                      "layout: \"\"", "logo: \"\""])
    func aBadValueNamesTheFileAndTheField(_ line: String) throws {
        do {
            _ = try Profile.read(line + "\n", file: "office.yaml")
            Issue.record("\(line) was accepted")
        } catch let error as InputError {
            let field = String(line.prefix { $0 != ":" })
            #expect(error.description.contains("office.yaml"), "\(error)")
            #expect(error.description.contains(field), "\(error)")
        }
    }
}
