using System;
using System.ComponentModel;

namespace Dataset.Storage;

/// <summary>
/// Returns the encoded index of a generated dataset (a <c>"..."u8</c> literal). Generated code passes one to
/// <see cref="EncodedDataset"/>, which reads it when the index is first needed: a member that reads its own chunk
/// never copies the index. It is not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> IndexSource();
