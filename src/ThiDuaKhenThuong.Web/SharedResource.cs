namespace ThiDuaKhenThuong.Web;

/// <summary>
/// Marker for the shared UI strings. The source language is Vietnamese (the keys are the Vietnamese text);
/// Resources/SharedResource.en.resx holds the English translation for the language switch.
/// </summary>
public sealed class SharedResource;
