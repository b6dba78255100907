namespace MediaMonitor.Analysis.Topics;

/// <summary>A topic rule that does not parse; <see cref="Position"/> is the offset in the rule text where it fails.</summary>
public sealed class TopicRuleException : Exception
{
    public TopicRuleException()
    {
    }

    public TopicRuleException(string message)
        : base(message)
    {
    }

    public TopicRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TopicRuleException(string message, int position, string? topicKey = null)
        : base(message)
    {
        Position = position;
        TopicKey = topicKey;
    }

    /// <summary>Zero-based offset (UTF-16 code units) into the rule text, or -1 when unknown.</summary>
    public int Position { get; } = -1;

    /// <summary>The key of the topic whose rule failed, when the classifier compiled it.</summary>
    public string? TopicKey { get; }
}
