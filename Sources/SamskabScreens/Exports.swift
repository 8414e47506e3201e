// The cell canvas, keys and text widths live in SamskabCanvas, the core the terminal backend
// shares; importing SamskabScreens brings them along.
@_exported import SamskabCanvas
