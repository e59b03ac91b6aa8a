import Foundation

/// The script `jianbao serve` adds to every page it serves: reload, stylesheet swap, error overlay.
public enum LiveScript {
    public static let path = "/__jianbao/live.js"
    public static let eventsPath = "/__jianbao/events"
    /// What is inserted before `</body>`; `jianbao build` output never contains it.
    public static let tag = "<script src=\"\(path)\" defer></script>"

    /// Inserts the script tag before the last `</body>`, or at the end when there is none.
    public static func inject(into html: [UInt8]) -> [UInt8] {
        let text = String(decoding: html, as: UTF8.self)
        guard let close = text.range(of: "</body>", options: .backwards) else { return Array((text + tag).utf8) }
        return Array((text[..<close.lowerBound] + tag + text[close.lowerBound...]).utf8)
    }

    public static let source = """
        // jianbao serve: live reload and build errors. Not part of the built site.
        (function () {
          "use strict";
          var overlay = null;
          function showFailure(text) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "jianbao-overlay";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
                "background:rgba(20,20,24,.94);color:#ffd7d2;font:14px/1.6 ui-monospace,monospace;white-space:pre-wrap";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "构建失败,仍在显示上一次成功的版本。\\nBuild failed; the last good site is still served.\\n\\n" + text;
          }
          function clearFailure() {
            if (overlay) { overlay.remove(); overlay = null; }
          }
          function swapStylesheets() {
            document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
              var url = new URL(link.href);
              url.searchParams.set("jianbao", Date.now());
              var fresh = link.cloneNode();
              fresh.href = url.href;
              fresh.onload = function () { link.remove(); };
              link.after(fresh);
            });
          }
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("reload", function () { clearFailure(); location.reload(); });
          source.addEventListener("css", function () { clearFailure(); swapStylesheets(); });
          source.addEventListener("failed", function (event) { showFailure(event.data); });
        })();
        """
}
