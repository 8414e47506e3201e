extension SessionState {
    /// The notes of an item that a writer may call their own (list, edit, withdraw): those written
    /// on this device, and a named person's wherever they wrote them. The one rule for the kiosk
    /// and the phone; the engine checks the author again when an edit or withdrawal comes in.
    public func ownNotes(item: Int, writtenHere: [String], person: String?) -> [Note] {
        let here = Set(writtenHere)
        return visibleNotes(item: item).filter { note in
            here.contains(note.id) || (note.authorID != nil && note.authorID == person)
        }
    }
}
