namespace Marsad.Core.Text;

/// <summary>The individual, switchable steps of Arabic normalisation.</summary>
[Flags]
public enum NormalizationSteps
{
    None = 0,
    /// <summary>NFKC for Arabic presentation forms (ﻻ → لا, ﺍ → ا); other characters are left alone.</summary>
    PresentationForms = 1 << 0,
    /// <summary>Remove tatweel (ـ), which only stretches a word.</summary>
    Tatweel = 1 << 1,
    /// <summary>Remove harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks.</summary>
    Diacritics = 1 << 2,
    /// <summary>أ إ آ ٱ → ا.</summary>
    AlefVariants = 1 << 3,
    /// <summary>ى → ي.</summary>
    AlefMaqsura = 1 << 4,
    /// <summary>ة → ه (matching only: it changes how a word reads).</summary>
    TaMarbuta = 1 << 5,
    /// <summary>ؤ → و and ئ → ي (matching only).</summary>
    HamzaCarriers = 1 << 6,
    /// <summary>Arabic-Indic ٠-٩ and Eastern ۰-۹ digits → 0-9, and the Arabic decimal and thousands separators.</summary>
    Digits = 1 << 7,
    /// <summary>Arabic comma, semicolon and question mark → , ; ? and curly/guillemet quotes → " and '.</summary>
    Punctuation = 1 << 8,
    /// <summary>Remove zero-width and bidi marks (ZWNJ, ZWJ, ZWSP, LRM, RLM, ALM, bidi embeddings and isolates, BOM).</summary>
    InvisibleMarks = 1 << 9,
    /// <summary>Persian and Urdu letter shapes common in Arabic web text (ک → ك, ی ې → ي, ە → ه).</summary>
    PersianLetters = 1 << 10,
    /// <summary>Lower-case Latin letters, so "ISIS" and "Isis" meet.</summary>
    LowercaseLatin = 1 << 11,
}
