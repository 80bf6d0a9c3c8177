using System;
using System.ComponentModel;

namespace Dataset.Storage;

/// <summary>
/// Returns the encoded chunk <paramref name="chunk"/> of a generated dataset (a <c>"..."u8</c> literal). Generated
/// code passes one to <see cref="EncodedDataset"/>; it is not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> DataSource(int chunk);
