import OverdueKit

// Renders a Dutch formal notice for a claim, from any working folder, with no path to resources.
let input = CommandLine.arguments.dropFirst().first ?? "claim.json"
let output = CommandLine.arguments.dropFirst(2).first ?? "notice.pdf"
do {
    let overdue = try Overdue()
    let claim = try Claim(json: try Data(contentsOf: URL(fileURLWithPath: input)))
    let date = claim.asOf ?? CalendarDate(iso: "2026-11-29")!
    let assessment = try overdue.assess(claim, asOf: date)
    let letter = try overdue.letter(.notice, for: claim, asOf: date, language: .nl)
    let pdf: Data = try letter.pdf()
    try pdf.write(to: URL(fileURLWithPath: output))
    print("\(letter.subject): \(assessment.total) EUR, \(pdf.count) bytes -> \(output)")
} catch {
    print("error: \(error.localizedDescription)")
    exit(1)
}
