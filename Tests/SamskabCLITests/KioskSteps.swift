/// What a person does at a kiosk or the projector in the end-to-end tests, once: every test that
/// signs in, leaves a kiosk or closes the wall does it the same way, and waits for the same text.
extension Tmux {
    /// At the name screen: types part of a name, waits for `person` to be the one offered, takes
    /// it and waits for the editor that writes as them.
    func signIn(typing search: String, as person: String) throws {
        try type(search)
        try waitFor("▶ \(person)")
        try press("Enter")
        try waitFor("Du skriver som \(person)")
    }

    /// Leaves the kiosk with its code (Ctrl-X, the code, Enter) and waits for the shell.
    func leaveKiosk(pin: String) throws {
        try press("C-x")
        try type(pin)
        try press("Enter")
        try waitFor("EXIT=0")
    }

    /// Quits the Danish projector, saying yes to its question, and waits for the shell.
    func quitProjector() throws {
        try type("q")
        try waitFor("Afslut samskab? (j/n)")
        try type("j")
        try waitFor("EXIT=0")
    }
}

extension Tmux {
    /// Starts a kiosk, `samskab join SESSION` with `options`, and waits for its name screen.
    func startKiosk(_ binary: String, _ session: String, _ options: String = "--pin 1234") throws {
        try run("\(binary) join \(session) \(options)")
        try waitFor("Hvem er du?")
    }

    /// Types a note into the editor, sends it and waits for the kiosk to say it is saved.
    func saveNote(_ text: String) throws {
        try type(text)
        try press("Enter")
        try waitFor("Gemt ✓")
    }
}
