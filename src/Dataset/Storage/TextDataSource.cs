using System.ComponentModel;

namespace Dataset.Storage;

/// <summary>
/// Returns the encoded chunk <paramref name="chunk"/> of a generated dataset as the string literal a project before
/// C# 11 gets instead of a <c>"..."u8</c> literal (see <see cref="DataSource"/>). Generated code passes one to
/// <see cref="EncodedDataset"/>; it is not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate string TextDataSource(int chunk);
