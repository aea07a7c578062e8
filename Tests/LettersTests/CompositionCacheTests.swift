import Foundation
import InvoiceModel
import LateFees
@testable import Letters
import Testing

/// A composed letter, or the text of the error composing it.
enum Outcome: Equatable { case letter(LetterDocument), error(String) }

/// The composition cache must never change a letter: every cached document is compared with
/// the one the plain path builds.
@Suite struct CompositionCacheTests {
    static let fixtures = ["notice-claim.json", "ladder-claim.json", "many-invoices.json", "consumer-claim.json"]

    /// Composes with and without the cache (the cached composer twice: a miss, then a hit).
    func expectSame(_ claim: Claim, kind: LetterKind, language: String, cached: LetterComposer, plain: LetterComposer,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let assessment = try Assessor().assess(claim, asOf: claim.asOf!)
        let expected: Outcome
        do { expected = .letter(try plain.compose(kind, language: language, claim: claim, assessment: assessment)) } catch { expected = .error("\(error)") }
        for _ in 0..<2 {
            let got: Outcome
            do { got = .letter(try cached.compose(kind, language: language, claim: claim, assessment: assessment)) } catch { got = .error("\(error)") }
            #expect(got == expected, "\(kind) \(language)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: fixtures)
    func everyShippedLetterIsTheSameFromTheCache(fixture: String) throws {
        let templates = try Repo.templates()
        let cached = LetterComposer(templates: templates, cache: CompositionCache())
        let plain = LetterComposer(templates: templates)
        let claim = try Repo.claim(fixture)
        for kind in LetterKind.allCases {
            for language in ["en", "nl", "fr", "de"] {
                try expectSame(claim, kind: kind, language: language, cached: cached, plain: plain)
            }
        }
    }

    /// Values that the markup treats specially (spaces at a line end, a lone dash, markup
    /// characters, line breaks, empty text) must print exactly as without the cache, also when
    /// the cache already holds the shape from a plain claim.
    @Test func awkwardValuesPrintAsWithoutTheCache() throws {
        let templates = try Repo.templates()
        let cached = LetterComposer(templates: templates, cache: CompositionCache())
        let plain = LetterComposer(templates: templates)
        let awkward = ["  Peeters  ", "- dash", " - spaced dash", "a*b|c\\d@e", "two\nlines", "--", ":-:", "tab\there", "ends in \\",
                       "**bold**", "| cell |", "@body", "x", "\u{F0001}", "\u{E000}"]
        let base = try Repo.claim("notice-claim.json")
        for kind in LetterKind.allCases {
            for language in ["en", "nl"] {
                try expectSame(base, kind: kind, language: language, cached: cached, plain: plain)
                for text in awkward {
                    var claim = base
                    claim.debtor.name = text
                    claim.debtor.address[0] = text
                    claim.debtor.attention = text
                    claim.creditor.signatory = text
                    try expectSame(claim, kind: kind, language: language, cached: cached, plain: plain)
                }
            }
        }
    }

    @Test func lettersOfOneShapeShareOneEntry() throws {
        let templates = try Repo.templates()
        let cache = CompositionCache()
        let composer = LetterComposer(templates: templates, cache: cache)
        var claim = try Repo.claim("notice-claim.json")
        let assessment = try Assessor().assess(claim, asOf: claim.asOf!)
        let first = try composer.compose(.notice, language: "en", claim: claim, assessment: assessment)
        claim.debtor.name = "Atelier Dubois"
        let second = try composer.compose(.notice, language: "en", claim: claim, assessment: assessment)
        #expect(cache.count == 1)
        #expect(first.recipient[0].plainText == "Bakkerij Peeters")
        #expect(second.recipient[0].plainText == "Atelier Dubois")
    }

    /// The builder sets each name once (a second set would only add to every shape key).
    @Test(arguments: fixtures)
    func theComposerSetsEachNameOnce(fixture: String) throws {
        let claim = try Repo.claim(fixture)
        let assessment = try Assessor().assess(claim, asOf: claim.asOf!)
        for kind in LetterKind.allCases {
            var builder = LetterValues(claim: claim, assessment: assessment, format: LocaleFormatter(language: "nl", country: "BE"))
            var values = builder.build()
            guard (try? builder.add(kind: kind, byEmail: false, to: &values)) != nil else { continue }
            #expect(Set(values.names).count == values.names.count, "\(kind): \(values.names.count - Set(values.names).count) names set twice")
        }
    }

    @Test func aTemplateThatTransformsValuesIsNotCached() throws {
        let templates = try LetterTemplates(files: [TemplateFile(name: "x.en", text: """
            @sender
            {{uppercased(name)}}
            @recipient
            {{name}}
            @date
            d
            @subject
            s
            @body
            b

            """, origin: "x")])
        let cache = CompositionCache()
        #expect(!cache.isCacheable("x.en", in: templates))
        let shipped = try Repo.templates()
        #expect(cache.isCacheable("notice.en", in: shipped))
        #expect(cache.isCacheable("reminder.fr", in: shipped))
    }

    @Test func shapesKeepFlagsListLengthsAndOddTextsButNotPlainTexts() throws {
        func shape(_ name: String, _ rows: [String], _ flag: Bool) throws -> TemplateShape {
            let values: TemplateValues = ["name": name, "rows": rows.map { ["x": $0] as TemplateValues }, "flag": flag, "empty": ""]
            return try #require(TemplateShape(values))
        }
        let a = try shape("Peeters", ["1"], true)
        let b = try shape("Dubois", ["2"], true)
        let c = try shape("Dubois", ["2", "3"], true)
        let d = try shape("Dubois", ["2"], false)
        let e = try shape(" Dubois", ["2"], true)
        #expect(a.key == b.key)
        #expect(Set([b.key, c.key, d.key, e.key]).count == 4)
        #expect(b.texts == ["Dubois", "2"])
    }
}
