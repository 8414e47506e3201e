import SamskabJournalLine

/// The envelope of a journal line: `{"v":2,"seq":…,"id":…,"time":…,"writer":…,"actor":…,"type":…`,
/// then the payload's own fields (written and read by each event type).
extension EventRecord {
    /// The line for this record, newline included, always in the current format (a record read
    /// from a format 1 line is written as format 2). The same record is always the same bytes.
    public func line() -> [UInt8] {
        var line = JournalLineWriter()
        line.field("v", EventRecord.formatVersion)
        line.field("seq", sequence)
        line.field("id", id)
        line.field("time", time.description)
        line.field("writer", writer)
        line.field("actor", actor.rawValue)
        line.field("type", event.typeName)
        event.encode(to: &line)
        return line.finish()
    }

    /// Reads one line (without its newline); any problem is described, never guessed at.
    public init(line bytes: ArraySlice<UInt8>) throws(JournalLineError) {
        let scanned: ScannedLine
        do {
            scanned = try ScannedLine.scan(bytes)
        } catch {
            throw JournalLineError("not valid JSON: \(error.message) at character \(error.offset + 1)")
        }
        let envelope = JournalLineReader(line: scanned, version: 0, type: "")
        func required<T>(_ value: T?, _ key: String) throws(JournalLineError) -> T {
            guard let value else { throw JournalLineError("the key '\(key)' is missing") }
            return value
        }
        let version = try required(envelope.number("v"), "v")
        guard Self.readableVersions.contains(version) else {
            throw JournalLineError("format version \(version) is not one this samskab reads "
                                   + "(it reads \(Self.readableVersions.lowerBound)–\(Self.readableVersions.upperBound))")
        }
        let sequence = try required(envelope.number("seq"), "seq")
        guard sequence >= 1 else { throw JournalLineError("sequence number \(sequence) is below 1") }
        let id = try required(envelope.text("id"), "id")
        let time = try required(envelope.text("time"), "time")
        guard let stamp = Timestamp(iso: time) else { throw JournalLineError("bad time '\(time)'") }
        let writer = try required(envelope.text("writer"), "writer")
        let actorName = try required(envelope.text("actor"), "actor")
        guard let actor = Actor(rawValue: actorName) else { throw JournalLineError("unknown actor '\(actorName)'") }
        let type = try required(envelope.text("type"), "type")
        let event = try Event.decode(JournalLineReader(line: scanned, version: version, type: type))
        self.init(version: version, sequence: sequence, id: id, time: stamp, writer: writer, actor: actor, event: event)
    }
}
