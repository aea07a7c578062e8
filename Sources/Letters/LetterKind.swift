/// The letters of the dunning ladder.
public enum LetterKind: String, Sendable, CaseIterable {
    /// Formal notice of default (ingebrekestelling / mise en demeure), sent by registered mail.
    case notice
}
