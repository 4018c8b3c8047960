using System.Text.Json;
using System.Text.Json.Serialization;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>
/// A saved query's filters as the file holds them: each of the schema's dimensions under its selection name, in the
/// schema's order, then the <c>from</c> and <c>to</c> days. A key that names no dimension is refused, as any unknown key
/// in the file is.
/// </summary>
internal sealed class FacetFiltersJson : JsonConverter<FacetFilters>
{
    private const string From = "from";
    private const string To = "to";

    /// <summary>
    /// Where a value this converter could not read is recorded on the exception: the serializer's path ends at
    /// <c>filters</c>, and the file's wording adds the key below it.
    /// </summary>
    public const string KeyOfFailure = "filters key";

    public override FacetFilters Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("filters must be an object");
        var filters = FacetFilters.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            filters = key switch
            {
                From => filters with { From = Value<DateOnly?>(ref reader, options, key) },
                To => filters with { To = Value<DateOnly?>(ref reader, options, key) },
                _ => filters.With(DimensionNamed(key), Value<IReadOnlyList<string>>(ref reader, options, key) ?? []),
            };
        }
        return filters;
    }

    public override void Write(Utf8JsonWriter writer, FacetFilters value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var dimension in ArticleSchema.FacetDimensions)
        {
            writer.WritePropertyName(dimension.SelectionName);
            JsonSerializer.Serialize(writer, value.Selected(dimension), options);
        }
        writer.WritePropertyName(From);
        JsonSerializer.Serialize(writer, value.From, options);
        writer.WritePropertyName(To);
        JsonSerializer.Serialize(writer, value.To, options);
        writer.WriteEndObject();
    }

    private static T? Value<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, string key)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(ref reader, options);
        }
        catch (JsonException)
        {
            var failure = new JsonException($"The JSON value could not be converted to {typeof(T)}.");
            failure.Data[KeyOfFailure] = key;
            throw failure;
        }
    }

    private static FacetDimension DimensionNamed(string key) =>
        ArticleSchema.FacetDimensions.FirstOrDefault(d => d.SelectionName == key)
        ?? throw new JsonException(
            $"unknown filter '{key}'; one of {string.Join(", ", ArticleSchema.FacetDimensions.Select(d => d.SelectionName).Append(From).Append(To))}");
}
