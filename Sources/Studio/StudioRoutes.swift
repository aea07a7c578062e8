import Dunning
import Foundation
import Hummingbird
import InvoiceModel
import Letters

/// The studio's routes: pages (GET) and actions (POST, with the session token).
public struct StudioRoutes: Sendable {
    let workspace: StudioWorkspace
    let token: SessionToken
    let port: Int

    /// The router of a studio on `port` (the port also fixes the origin pages may post from).
    public static func router(workspace: StudioWorkspace, port: Int, token: String? = nil) -> Router<BasicRequestContext> {
        let routes = StudioRoutes(workspace: workspace, token: token.map(SessionToken.init) ?? .random(), port: port)
        let router = Router()
        router.add(middleware: StudioGuard(port: port))
        routes.register(on: router)
        return router
    }

    /// The token pages embed.
    public var sessionToken: String { token.value }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in StudioResponses.redirect("/plan") }
        router.get("/static/studio.css") { _, _ in StudioResponses.text(StudioAssets.css, type: "text/css; charset=utf-8") }
        router.get("/static/studio.js") { _, _ in StudioResponses.text(StudioAssets.js, type: "text/javascript; charset=utf-8") }

        router.get("/plan") { request, _ in
            await page { try planPage(request) }
        }
        router.get("/letter.txt") { request, _ in
            await page { try letterText(debtor: try debtorParameter(request)) }
        }
        router.get("/letter.pdf") { request, _ in
            await page {
                let id = try debtorParameter(request)
                return StudioResponses.pdf(try workspace.pdf(try workspace.letter(debtor: id)), name: id + ".pdf")
            }
        }
        router.post("/hold") { request, _ in
            await action(request) { form in
                try workspace.hold(debtor: try form.required(form.debtor, "debtor"), until: form.until ?? "", reason: form.reason ?? "")
                return "/plan"
            }
        }
        router.post("/release") { request, _ in
            await action(request) { form in try workspace.release(debtor: try form.required(form.debtor, "debtor")); return "/plan" }
        }
        router.post("/leave-out") { request, _ in
            await action(request) { form in try workspace.leaveOut(debtor: try form.required(form.debtor, "debtor")); return "/plan" }
        }
        router.post("/include") { request, _ in
            await action(request) { form in try workspace.include(debtor: try form.required(form.debtor, "debtor")); return "/plan" }
        }
        router.post("/run") { request, _ in
            await action(request) { _ in try workspace.startRun(); return "/run" }
        }
        router.get("/run") { _, _ in
            await page { try runPage() }
        }
        router.get("/templates") { _, _ in
            await page { try templatesPage() }
        }
        router.get("/templates/edit") { request, _ in
            await page {
                let name = request.uri.queryParameters.get("name") ?? ""
                let entry = try workspace.templates.entry(name)
                return try editorPage(name: name, text: entry.text, version: entry.version, origin: entry.origin.rawValue,
                                      sample: request.uri.queryParameters.get("sample"),
                                      notice: request.uri.queryParameters.get("saved") == "1" ? "saved in \(workspace.templates.overrideFolder)" : nil)
            }
        }
        router.post("/templates/preview") { request, _ in
            do {
                let form = try await checkedForm(request)
                let name = try form.required(form.name, "template name")
                let sample = try form.required(form.sample, "sample")
                let preview = try workspace.preview(template: name, text: form.text ?? "", sample: sample)
                return StudioResponses.json(PreviewJSON(text: preview.text, problem: preview.problem.map(ProblemJSON.init),
                                                        sampleProblem: preview.sampleProblem))
            } catch {
                return StudioResponses.json(status: Self.status(error), ErrorJSON(error: StudioText.message(error)))
            }
        }
        router.post("/templates/preview.pdf") { request, _ in
            do {
                let form = try await checkedForm(request)
                let name = try form.required(form.name, "template name")
                let preview = try workspace.preview(template: name, text: form.text ?? "", sample: try form.required(form.sample, "sample"))
                guard let letter = preview.letter else {
                    throw StudioError(422, preview.problem?.message ?? preview.sampleProblem ?? "no letter")
                }
                return StudioResponses.pdf(try workspace.pdf(letter), name: name + ".pdf")
            } catch {
                return StudioResponses.json(status: Self.status(error), ErrorJSON(error: StudioText.message(error)))
            }
        }
        router.post("/templates/save") { request, _ in
            let form: StudioForm
            do { form = try await checkedForm(request) } catch { return errorPage(error) }
            let name = form.name ?? ""
            do {
                _ = try workspace.saveTemplate(name, text: form.text ?? "", version: form.version ?? "", sample: form.sample)
                return StudioResponses.redirect("/templates/edit?name=\(StudioResponses.query(name))&sample=\(StudioResponses.query(form.sample ?? ""))&saved=1")
            } catch {
                // The editor again, with the user's text kept and the reason beside it.
                do {
                    let current = try workspace.templates.entry(name)
                    let conflict = Self.status(error) == 409
                    return try editorPage(name: name, text: form.text ?? "", version: conflict ? (form.version ?? "") : current.version,
                                          origin: current.origin.rawValue, sample: form.sample, error: StudioText.message(error),
                                          status: Self.status(error))
                } catch {
                    return errorPage(error)
                }
            }
        }
        router.get("/journal") { request, _ in
            await page { try journalPage(debtor: request.uri.queryParameters.get("debtor").flatMap { $0.isEmpty ? nil : $0 }) }
        }
        router.get("/journal/proof") { request, _ in
            await page {
                guard let text = request.uri.queryParameters.get("id"), let id = Int64(text) else {
                    throw StudioError.badInput("no proof id")
                }
                let proof = try workspace.proof(id)
                let type = ["pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg"][proof.file.kind.rawValue] ?? "application/octet-stream"
                return StudioResponses.proof(proof.file.data, type: type, name: proof.file.name)
            }
        }
        router.get("/journal/file") { request, _ in
            await page {
                guard let text = request.uri.queryParameters.get("id"), let id = Int64(text) else {
                    throw StudioError.badInput("no letter id")
                }
                let letter = try workspace.journalLetter(id)
                guard let data = FileManager.default.contents(atPath: letter.file) else {
                    throw StudioError(404, "\(letter.file): the letter's file is gone")
                }
                return StudioResponses.pdf(data, name: (letter.file as NSString).lastPathComponent)
            }
        }
    }

    // MARK: plumbing

    static func status(_ error: Error) -> Int { (error as? StudioError)?.status ?? 400 }

    /// A page, or the error on a page with its status; never a crash of the server.
    func page(_ body: () async throws -> Response) async -> Response {
        do { return try await body() } catch { return errorPage(error) }
    }

    func errorPage(_ error: Error) -> Response {
        StudioResponses.html(status: Self.status(error), render("message", title: "Error", values: ["heading": "Not done", "back": "/plan"],
                                                                error: StudioText.message(error)))
    }

    /// The form of a state-changing request, once its token is checked.
    func checkedForm(_ request: Request) async throws -> StudioForm {
        let form = try await StudioForm.read(request)
        guard token.accepts(header: request.headers[SessionToken.header], field: form.token) else {
            throw StudioError(403, "the request does not carry this session's token (reload the page)")
        }
        return form
    }

    /// A POST from the plan: done, then back to the page; or the plan with the error on it.
    func action(_ request: Request, _ body: (StudioForm) throws -> String) async -> Response {
        do {
            let form = try await checkedForm(request)
            return StudioResponses.redirect(try body(form))
        } catch {
            let message = StudioText.message(error)
            do {
                return try planPage(request, error: message, status: Self.status(error))
            } catch {
                return errorPage(error)
            }
        }
    }

    func debtorParameter(_ request: Request) throws -> String {
        guard let id = request.uri.queryParameters.get("debtor"), !id.isEmpty else { throw StudioError.badInput("no debtor named") }
        return id
    }

    func render(_ name: String, title: String, values: [String: Any], error: String? = nil, notice: String? = nil, refresh: Bool = false) -> String {
        StudioPages.render(name, title: title, values: values, token: token.value, asOf: workspace.asOf.description, error: error,
                           notice: notice, refresh: refresh)
    }
}

/// The live preview's answer.
struct PreviewJSON: Encodable {
    var text: String?
    var problem: ProblemJSON?
    var sampleProblem: String?
}

struct ProblemJSON: Encodable {
    var message: String
    var line: Int?
    var column: Int?
    init(_ problem: TemplateProblem) { message = problem.message; line = problem.line; column = problem.column }
}

struct ErrorJSON: Encodable { var error: String }
