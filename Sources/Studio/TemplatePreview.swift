import OverdueKit
import Dunning
import DunningRun
import Foundation
import InvoiceModel
import Journal
import Letters
import Mustache

/// A template mistake, located in the edited text where the error says where.
public struct TemplateProblem: Sendable, Equatable {
    public var message: String
    /// 1-based line and column in the edited template; nil where the error does not say.
    public var line: Int?
    public var column: Int?
}

/// The letter composed from an edited template, or why it cannot be.
public struct TemplatePreview: Sendable {
    public var letter: LetterDocument?
    /// A mistake in the template (shown beside the editor; a save is refused).
    public var problem: TemplateProblem?
    /// The sample cannot get this letter (e.g. a compromise letter without an agreement).
    public var sampleProblem: String?

    public var text: String? { letter.map(StudioWorkspace.text) }
}

extension StudioWorkspace {
    /// The letter kind and language template `name` is previewed with (a layout: as a reminder).
    static func kindAndLanguage(of name: String) -> (LetterKind, String) {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        return (parts.first.flatMap(LetterKind.init(rawValue:)) ?? .reminder, parts.count > 1 ? parts[1] : "en")
    }

    /// The debtor a template is previewed with by default: the first whose plan is that letter,
    /// else the first with any letter, else the first.
    public func defaultSample(for name: String) throws -> String? {
        let (kind, _) = Self.kindAndLanguage(of: name)
        let plan = try plan()
        return (plan.first { $0.action.rawValue == kind.rawValue } ?? plan.first { $0.action.isLetter } ?? plan.first)?.debtor
    }

    /// Debtor `id`'s claim as its letter would be written from: the plan's claim when it gets a
    /// letter, else the input's with its letter history.
    func sampleClaim(_ id: String) throws -> Claim {
        let entry = try entry(debtor: id)
        if let claim = entry.claim { return claim }
        let items = try session.claims(only: [id])
        guard let item = items.first else { throw StudioError.unknownDebtor(id) }
        let facts = try JournalLocation.facts(try JournalLocation.openIfPresent(configuration.journalPath), claims: [item.claim])
        return JournalLocation.withHistory(item.claim, facts: facts, asOf: session.asOf)
    }

    /// Template `name` with `text` in its place, composed for debtor `sample` as the run composes.
    public func preview(template name: String, text: String, sample: String) throws -> TemplatePreview {
        let claim = try sampleClaim(sample)
        let (kind, language) = Self.kindAndLanguage(of: name)
        do {
            let edited = try templates.with(name, text: text, needed: ["\(kind.rawValue).\(language)"])
            let runner = try batchRunner(templates: edited, language: language)
            let letter = try runner.compose(BatchItem(claim: claim, origin: sample, kind: kind, byEmail: false)).0
            return TemplatePreview(letter: letter)
        } catch let error as TemplateError {
            return TemplatePreview(problem: Self.problem(error, name: name, text: text))
        } catch let error as StudioError {
            throw error
        } catch {
            return TemplatePreview(sampleProblem: StudioText.message(error))
        }
    }

    /// Where `error` points in the edited `text` of template `name`.
    static func problem(_ error: TemplateError, name: String, text: String) -> TemplateProblem {
        let mine = name + ".mustache"
        switch error {
        case .syntax(let template, let line, _) where template == mine:
            do {
                _ = try MustacheTemplate(string: text)
            } catch let parse as MustacheTemplate.ParserError {
                let (line, column) = visible(line: parse.context.lineNumber, column: parse.context.columnNumber, in: text)
                return TemplateProblem(message: error.description, line: line, column: column)
            } catch {}
            return TemplateProblem(message: error.description, line: line, column: line == nil ? nil : 1)
        case .missingKey(let template, let line?, let key) where template == mine:
            return TemplateProblem(message: error.description, line: line, column: column(of: key, line: line, in: text))
        default:
            return TemplateProblem(message: error.description, line: nil, column: nil)
        }
    }

    /// A parser position at the very end of the text (after its last line break) moved to the
    /// end of the last line, where the user sees the unfinished tag or section.
    static func visible(line: Int, column: Int, in text: String) -> (Int, Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line > 1, line >= lines.count, lines.last?.isEmpty ?? false else { return (line, column) }
        return (line - 1, lines[line - 2].count + 1)
    }

    /// The 1-based column of the tag naming `key` on `line` of `text` (1 when not found).
    static func column(of key: String, line: Int, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return 1 }
        let row = lines[line - 1]
        var search = row.startIndex
        while let open = row[search...].range(of: "{{") {
            let inside = row[open.upperBound...].drop { " #^/&{!>".contains($0) }
            if inside.hasPrefix(key) { return row.distance(from: row.startIndex, to: open.lowerBound) + 1 }
            search = open.upperBound
        }
        return row.range(of: key).map { row.distance(from: row.startIndex, to: $0.lowerBound) + 1 } ?? 1
    }

    /// Saves template `name` if it is free of template errors for debtor `sample` and still at
    /// `version`; returns the new version.
    public func saveTemplate(_ name: String, text: String, version: String, sample: String?) throws -> String {
        if let sample {
            let preview = try preview(template: name, text: text, sample: sample)
            if let problem = preview.problem {
                throw StudioError(422, "not saved: " + problem.message + Self.place(problem))
            }
        } else {
            do { _ = try templates.with(name, text: text) } catch let error as TemplateError {
                throw StudioError(422, "not saved: " + error.description)
            }
        }
        return try templates.save(name, text: text, version: version)
    }

    static func place(_ problem: TemplateProblem) -> String {
        guard let line = problem.line else { return "" }
        return " (line \(line)" + (problem.column.map { ", column \($0)" } ?? "") + ")"
    }
}
