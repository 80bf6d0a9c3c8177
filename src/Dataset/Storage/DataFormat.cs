#if DATASET_GENERATOR
using Dataset.Generator.Model;
#endif

namespace Dataset.Storage;

/// <summary>
/// The encoded form of a generated dataset, written by the generator's <c>DataEncoder</c> (a block by its
/// <c>BlockWriter</c>) and read by <c>EncodedDataset</c> (a block by <c>BlockReader</c>). This comment is the format's
/// specification; this file is compiled into both, so the two sides share its constants.
/// </summary>
/// <remarks>
/// <para>
/// <b>Blocks.</b> The generated code holds the data as UTF-8 string literals (<c>"..."u8</c>), each one block: the
/// index (in <c>Dataset.g.cs</c>) and one chunk (two blocks) per generated article file (one article, or a bucket of articles in a
/// large dataset). A literal can only hold valid UTF-8, so everything but the texts is written with ASCII symbols. A
/// large block is packed: deflated and written with 85 ASCII symbols, which makes the literal about a third as long
/// (the compiler's cost grows with a literal's bytes, the reader's inflating is cheap).
/// </para>
/// <code>
/// block    := "DS" version:int packing:int (plain | packed)
/// plain    := checksum:int kind:int tableLength:int textLength:int patches table text        (packing 0)
/// packed   := length:int deflatedLength:int digits: the digits spell deflatedLength bytes of raw deflate (RFC 1951)
///             data that inflates to exactly length bytes, which are a plain                   (packing 1)
/// int      := one symbol per 5 bits, least significant first, at most 7 (0 to 2^35 - 1): a final group is a symbol of
///             <see cref="IntCodec.FinalDigits"/>, a group followed by more one of <see cref="IntCodec.MoreDigits"/>
/// digits   := base 85 in the symbols of <see cref="Base85Digits"/>, most significant first: each 4 bytes (big-endian)
///             are 5 symbols; a last group of 1 to 3 bytes is its first 2 to 4 symbols (as if padded with zero bytes)
/// checksum := four lanes of FNV-1a (32 bits) over the plain block after the checksum, by 4-byte words (<see cref="Checksum"/>)
/// table    := tableLength bytes of ints
/// text     := textLength bytes of UTF-8: the block's texts, one after another
/// patches  := count:int { position:int unit:int }*count: the lone surrogates of the texts, which UTF-8 cannot hold;
///             the text has U+FFFD at each byte position, the decoder puts the UTF-16 code unit back
/// str      := (length + 1):int start:int: the bytes [start, start + length) of the block's text, decoded from UTF-8
///             on their own (a reader decodes only the texts it is asked for)
/// str?     := str, or 0:int alone for null (<see cref="NullString"/>, which no str begins with). Only the texts
///             written str? below may be null: an article's dateline, an entity's role, a quote's cue, a stat's upper
///             bound, unit and per (what a rate is per), a link's title; a reader refuses 0 where the layout says str
/// </code>
/// <para><b>The index</b> (kind 0) counts and lists the articles (in data-file path order) and the entities. It is read
/// in one pass that decodes no text: its counts, each article's chunk and the order by id. The ids are decoded when an
/// article is first looked up by id or position, each kind of entity when one of
/// its kind is first asked for, and an entity's lists when its quotes or mentions are.</para>
/// <code>
/// index    := chunkCount:int articleCount:int quoteCount:int statCount:int { chunk:int }*articleCount
///             { article:int }*articleCount (by id) { id:str }*articleCount
///             { count:int start:int }*3 listsStart:int { entity }* { quotedIn:list mentionedIn:list }*
///             (the people, organizations and places, each kind in key order: how many, and where their first record
///             starts, in bytes from the first record; listsStart: where the lists start, in bytes from there too)
/// entity   := key:str name:str role:str? lists:int   (lists: where its two lists start, in bytes from the first list)
/// list     := count:int { article:int }*count      (articles by their position in the index, in path order)
/// </code>
/// <para>
/// <b>A chunk</b> (the literal of one generated file) is two blocks one after the other: its quotes (kind 2), then its
/// articles (kind 1). Every quote is read from the first block alone, so reading the quotes inflates no paragraph; the
/// second is opened when an article, a statistic or a quote's article is first asked for. A block's length follows
/// from its header (plain: the header, table and text; packed: the digits of deflatedLength bytes).
/// </para>
/// <code>
/// quotes   := articleCount:int { id:str file:str quoteCount:int }*articleCount speakerCount:int { speaker:str }*speakerCount
///             { quote }* { details }*                    (the articles' quotes in order, then their details in that order)
/// quote    := speaker:int text:str paragraph:int details:int   (speaker: its position in the chunk's speakers; text: a
///             text of its own; details: where the quote's details start, in bytes from the first one's start)
/// details  := key:str cue:str? location
/// articles := articleCount:int { id:str offset:int }*articleCount articleTable*     (offset: from the first article table)
/// article  := id:str title:str source:str dateline:str? year:int month:int day:int file:str location
///             { size:int }*5 paragraphs stats mentions blocks links   (the sections in the order of
///             <see cref="ArticleSection"/>; size: each one's table bytes, so a reader decodes only the lists it needs)
/// paragraphs := count { paragraph:str }     stats := count { stat }
/// mentions := count { mention }      blocks := count { block }      links := count { link }
/// stat     := group:str key:str value:str upper:str? unit:str? per:str? qualifier:int text:str sentence:str paragraph:int location
/// mention  := kind:int entity:str text:str paragraph:int location
/// block    := kind:int level:int location       (one per paragraph, in order: block i's text is paragraph i)
/// link     := text:str url:str title:str? block:int location
/// location := line:int column:int endLine:int endColumn:int start:int length:int   (1-based lines and columns)
/// </code>
/// <para>
/// A stat's value (and a range's upper bound; null otherwise) is its invariant-culture decimal text (<c>-0.25</c>), so it is exact. A reader that meets a block of
/// another version, a wrong checksum, or a table that runs past its end throws <see cref="System.IO.InvalidDataException"/>.
/// </para>
/// </remarks>
internal static class DataFormat
{
    /// <summary>The version this code writes and reads. Bump it with any change to the layout above.</summary>
    public const int Version = 7;

    /// <summary>The first two bytes of every block.</summary>
    public const string Magic = "DS";

    /// <summary>A block written as it is.</summary>
    public const int Plain = 0;

    /// <summary>A block deflated and written in base 85.</summary>
    public const int Packed = 1;

    public const int IndexKind = 0;

    public const int ChunkKind = 1;

    /// <summary>The block of a chunk's quotes, which comes before its articles' block in the chunk's literal.</summary>
    public const int QuotesKind = 2;

    /// <summary>How many sections an article's table has: one per <see cref="ArticleSection"/>, links the last.</summary>
    public const int ArticleSections = (int)ArticleSection.Links + 1;

    /// <summary>How many kinds of entity the index lists, in the order of <see cref="EntityKind"/>: people, organizations, places.</summary>
    public const int EntityKinds = (int)EntityKind.Place + 1;

    /// <summary>The <c>str?</c> of a null text: a <c>str</c> begins with its text's length plus one, never 0.</summary>
    public const int NullString = 0;

    /// <summary>The symbols of base 85, by value: printable ASCII without the quote and the backslash (those of Z85).</summary>
    public const string Base85Digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

    /// <summary>The first int of a <c>str</c> whose text is <paramref name="byteLength"/> bytes long.</summary>
    public static long StringCode(int byteLength) => byteLength + 1L;

    /// <summary>The length in bytes of the text of a <c>str</c> that begins with <paramref name="code"/>.</summary>
    public static int StringLength(int code) => code - 1;
}
