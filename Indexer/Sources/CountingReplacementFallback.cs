using System.Text;

namespace SearchEngine.Indexing.Sources;

/// <summary>Reads each byte that is not valid UTF-8 as U+FFFD, as the decoder's default does, and counts them, so the file can be reported.</summary>
internal sealed class CountingReplacementFallback : DecoderFallback
{
    private int _count;

    public int Count => _count;

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingReplacementFallback owner) : DecoderFallbackBuffer
    {
        private int _left;

        public override int Remaining => _left;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner._count++;
            _left = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_left == 0) return '\0';
            _left--;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_left > 0) return false;
            _left = 1;
            return true;
        }

        public override void Reset() => _left = 0;
    }
}
