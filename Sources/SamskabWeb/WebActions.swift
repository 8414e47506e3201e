import Hummingbird
import SamskabModel
import SamskabSession

/// What the forms ask for: who this phone is, and notes. Each builds one of the engine's commands.
extension WebApp {
    func choosePerson(_ device: Device, _ form: FormBody) async -> Response {
        let state = store.current()
        guard let id = form["person"], let person = state.participants[id] else { return await flash(device, words.notFound) }
        if person.absent {
            // Marked absent, but here: the engine marks them present, as at the kiosk.
            if case .refused(let why) = await store.submit(.markPresent(participant: id), by: .participant(id: id), danish: words.danish) {
                return await flash(device, why)
            }
            await devices.update(device.id) { $0.flash = Device.Flash(text: words.markedPresent(person.name), isError: false) }
        }
        await devices.update(device.id) { $0.identity = .person(id: id) }
        return Self.redirect("/")
    }

    func addPerson(_ device: Device, _ form: FormBody) async -> Response {
        let state = store.current()
        // The name goes to the engine as typed: it cleans it and says what is wrong with it.
        let name = form["name"] ?? ""
        // Anonymity is a choice of its own, not a person called Anonym.
        if NameSearch.isNoNameChoice(name, in: state) {
            return await flash(device, words.anonymousIsAChoice(name))
        }
        // Someone of (nearly) that name is on the list: offer them once before adding a new person.
        let close = NameSearch.closeNames(name, in: state)
        if !close.isEmpty, device.offeredFor != name {
            await devices.update(device.id) { device in
                device.offeredFor = name
                device.pendingName = name
                device.flash = Device.Flash(text: words.isItYou, isError: false)
            }
            return Self.redirect("/?q=" + Self.queryValue(name))
        }
        let department = form["department"].flatMap { $0.isEmpty ? nil : $0 }
        // Who this is (someone on the list, marked present if absent, or a new person) is the
        // engine's decision under the journal's lock, as at the kiosk.
        switch await store.submit(.join(name: name, department: department), by: .participant(id: nil), danish: words.danish) {
        case .refused(let why):
            // On the list and present already: the engine's own lookup finds them in the journal as it is now.
            if let person = try? Engine.person(joining: name, department: department, in: store.current()), !person.absent {
                await devices.update(device.id) { device in
                    device.identity = .person(id: person.id)
                    device.pendingName = nil
                }
                return Self.redirect("/")
            }
            await devices.update(device.id) { $0.pendingName = name }
            return await flash(device, why)
        case .saved(let record):
            let present = record.event.as(ParticipantPresent.self)
            let id = present?.participant ?? SessionState.participantID(sequence: record.sequence)
            // Marked absent, but here: the engine marked them present; the page says so.
            let markedPresent = present == nil ? nil : store.current().participants[id].map { words.markedPresent($0.name) }
            await devices.update(device.id) { device in
                device.identity = .person(id: id)
                device.pendingName = nil
                if let markedPresent { device.flash = Device.Flash(text: markedPresent, isError: false) }
            }
            return Self.redirect("/")
        }
    }

    func chooseAnonymous(_ device: Device, _ form: FormBody) async -> Response {
        guard form["anonymous"] != nil else { return Self.redirect("/") }
        await devices.update(device.id) { $0.identity = .anonymous }
        return Self.redirect("/")
    }

    /// "Ikke mig": the next person starts from the name list, and cannot change this one's notes.
    func notMe(_ device: Device) async -> Response {
        await devices.update(device.id) { device in
            device.identity = nil
            device.written = []
            device.dots = []
            device.draft = nil
            device.commentDraft = nil
            device.offeredFor = nil
            device.pendingName = nil
        }
        return Self.redirect("/")
    }

    func addNote(_ device: Device, _ form: FormBody) async -> Response {
        guard let identity = device.identity else { return Self.redirect("/") }
        let state = store.current()
        let text = form["text"] ?? ""
        // The page was for another item: the room moved on while the note was written.
        if let shown = form["item"], shown != String(state.position) {
            return await keepDraft(device, text, words.roomMovedDraftKept)
        }
        var question: Int?
        if let chosen = form["question"], !chosen.isEmpty {
            guard let number = Int(chosen), state.currentItem.questions.indices.contains(number - 1) else {
                return await keepDraft(device, text, words.noSuchQuestion)
            }
            question = number
        }
        guard await devices.allowNote(device.id) else { return await keepDraft(device, text, words.tooManyNotes, question: question) }
        var personID: String?
        if case .person(let id) = identity { personID = id }
        let request = NoteRequest(text: text, author: personID.map { .person(id: $0) } ?? .anonymous, question: question)
        switch await store.submit(.addNote(request), by: .participant(id: personID), danish: words.danish) {
        case .refused(let why):
            return await keepDraft(device, text, why, question: question)
        case .saved(let record):
            let id = SessionState.noteID(sequence: record.sequence)
            await devices.update(device.id) { device in
                device.written.append(id)
                if device.written.count > 500 { device.written.removeFirst() }
                device.flash = Device.Flash(text: words.saved, isError: false)
            }
            return Self.redirect("/")
        }
    }

    func editNote(_ device: Device, _ form: FormBody) async -> Response {
        guard let note = ownNote(device, form["note"]) else { return await flash(device, words.notYours) }
        let text = form["text"] ?? ""
        guard await devices.allowNote(device.id) else { return await flash(device, words.tooManyNotes, to: "/edit?note=" + note.id) }
        switch await store.submit(.editNote(note: note.id, text: text), by: .participant(id: personID(device), sitting: RoomPage.sitting(device)), danish: words.danish) {
        case .refused(let why):
            return await flash(device, why, to: "/edit?note=" + note.id)
        case .saved:
            await devices.update(device.id) { $0.flash = Device.Flash(text: words.saved, isError: false) }
            return Self.redirect("/")
        }
    }

    func withdrawNote(_ device: Device, _ form: FormBody) async -> Response {
        guard let note = ownNote(device, form["note"]) else { return await flash(device, words.notYours) }
        switch await store.submit(.withdrawNote(note: note.id), by: .participant(id: personID(device), sitting: RoomPage.sitting(device)), danish: words.danish) {
        case .refused(let why):
            return await flash(device, why)
        case .saved:
            await devices.update(device.id) { $0.flash = Device.Flash(text: words.withdrawn, isError: false) }
            return Self.redirect("/")
        }
    }

    /// A note of the current item written from this phone.
    func ownNote(_ device: Device, _ id: String?) -> Note? {
        guard let id, device.identity != nil else { return nil }
        let state = store.current()
        return RoomPage.ownNotes(state: state, device: device).first { $0.id == id }
    }

    func personID(_ device: Device) -> String? {
        if case .person(let id) = device.identity { return id }
        return nil
    }

    func flash(_ device: Device, _ text: String, to location: String = "/") async -> Response {
        await devices.update(device.id) { $0.flash = Device.Flash(text: text, isError: true) }
        return Self.redirect(location)
    }

    /// The note back in the editor, with the question it was for, and why.
    func keepDraft(_ device: Device, _ text: String, _ why: String, question: Int? = nil) async -> Response {
        await devices.update(device.id) { device in
            device.draft = Device.Draft(text: String(text.prefix(NoteText.maximumBytes)), question: question)
            device.flash = Device.Flash(text: why, isError: true)
        }
        return Self.redirect("/")
    }

    /// A value for a query string: letters and digits as they are, everything else percent-encoded.
    static func queryValue(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
