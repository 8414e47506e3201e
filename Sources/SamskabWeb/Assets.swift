/// The page's only files, served from memory: nothing is read from the file system.
enum Assets {
    /// Large type, high contrast, one column that fits a phone; nothing told by colour alone.
    static let stylesheet = """
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#f6f4ee}
        header{display:flex;justify-content:space-between;align-items:center;gap:.5em;padding:.5em 1em;background:#1d3557;color:#fff}
        header p{margin:0;font-weight:600;overflow-wrap:anywhere}
        main{max-width:40em;margin:0 auto;padding:1em}
        h1{font-size:1.5em;margin:.2em 0 .5em;overflow-wrap:anywhere}
        h2{font-size:1.15em;margin:1.5em 0 .5em}
        label,legend{display:block;font-weight:600;margin:.8em 0 .3em}
        fieldset{border:0;padding:0;margin:0}
        input[type=text],input[type=search],textarea{width:100%;font:inherit;padding:.6em;border:2px solid #555;border-radius:6px;background:#fff}
        textarea{resize:vertical;min-height:7em}
        input:focus,textarea:focus,button:focus,a:focus{outline:3px solid #e9a400;outline-offset:2px}
        button{font:inherit;font-weight:600;padding:.6em 1.2em;margin:.6em 0;border:2px solid #1d3557;border-radius:6px;background:#1d3557;color:#fff;min-height:44px}
        button.quiet,header button{background:#fff;color:#1d3557}
        header button{margin:0;padding:.3em .8em;white-space:nowrap}
        #code{font-size:1.6em;letter-spacing:.25em;max-width:9em;font-variant-numeric:tabular-nums}
        .skip{display:flex;flex-wrap:wrap;gap:.4em 1.2em;margin:0 0 .8em}
        a{color:#1d3557;font-weight:600}
        .search{display:grid;grid-template-columns:1fr auto;gap:0 .5em;align-items:end}
        .search label{grid-column:1/3}
        .search button{margin:0}
        .people button{display:block;width:100%;text-align:left;background:#fff;color:#111;border-color:#999;margin:.4em 0}
        .people .dept{color:#444;font-weight:400}
        .people .absent{border-style:dashed}
        .people .mark{font-weight:400;font-style:italic}
        .choice{display:flex;align-items:flex-start;gap:.5em;margin:.3em 0}
        .choice input{width:1.3em;height:1.3em;margin-top:.15em;flex:none}
        .choice label{font-weight:400;margin:0}
        .kind{margin:0;color:#444;text-transform:uppercase;letter-spacing:.05em;font-size:.8em}
        .question{font-size:1.15em;font-weight:600}
        .notice{font-size:1.2em;font-weight:600}
        .opens{font-size:1.1em;padding:.5em .8em;background:#fff;border-left:6px solid #1d3557}
        .counter{margin:.2em 0;color:#444;font-size:.9em}
        .counter.over{color:#a00;font-weight:700}
        .flash{padding:.6em .8em;border-left:6px solid #2a7d2a;background:#e7f4e7}
        .flash.error{border-color:#a00;background:#fbe9e9}
        .live{padding:.5em .8em;background:#fff3c4;border:2px solid #e9a400}
        .own{list-style:none;padding:0}
        .own li{background:#fff8a6;padding:.6em .8em;margin:.6em 0;border-radius:4px;box-shadow:0 1px 2px #0003}
        .own .text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
        .own .q{margin:0 0 .3em;font-size:.85em;color:#444}
        .actions{display:flex;gap:1em;align-items:center}
        .actions form{margin:0}
        .actions a{display:inline-block;padding:.6em .2em}
        .anon-item{font-style:italic}
        .voting{background:#fff;border:2px solid #1d3557;border-radius:6px;padding:.2em 1em;margin:1em 0}
        .ballots{list-style:none;padding:0}
        .ballots li{border-top:1px solid #ccc;padding:.5em 0;scroll-margin-top:35vh}
        #note{scroll-margin-top:1em}
        #new fieldset{margin-top:1.4em}
        .ballots .text{margin:0;overflow-wrap:anywhere}
        .ballots .dots{margin:.2em 0;color:#333}
        .vote{display:flex;gap:.6em}
        .vote button{margin:.2em 0}
        .small{font-size:.9em;color:#444}
        .aside{padding:.6em .8em;background:#fff3c4;border-left:6px solid #e9a400;font-weight:600}
        .walk .station{font-size:1.4em;font-weight:700;margin:.2em 0 .4em;padding:.4em .7em;background:#1d3557;color:#fff;border-radius:6px}
        .walk .round,.walk .next,.walk .pair{margin:.2em 0}
        .walk .pair{color:#444}
        .walk h3{font-size:.95em;font-weight:600;color:#444;margin:1.2em 0 .3em;overflow-wrap:anywhere}
        .board{list-style:none;padding:0;margin:0}
        .card{background:#fff8a6;padding:.6em .8em;margin:.6em 0;border-radius:4px;box-shadow:0 1px 2px #0003}
        .card.whole{background:#fff;border:2px dashed #888;box-shadow:none}
        .card .text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
        .card .marks{margin:.2em 0;font-size:.9em;font-weight:600}
        .card .actions button{margin:.3em 0;padding:.3em 1em}
        .comments{list-style:none;padding:0;margin:.3em 0;font-size:.9em}
        .comments li{margin:.2em 0;overflow-wrap:anywhere}
        .comments .by{color:#444}
        .given{font-weight:600;color:#1e5e1e}
        """

    /// Only enhancements: a character counter, and following the room by Server-Sent Events. The
    /// page works without it; a reload always shows the truth. A page posting a form is leaving:
    /// its stream is closed, so that the change the post itself makes (pushed at once, often before
    /// the answer) does not reload the page under the form's answer and take its line (*Gemt ✓*).
    static let script = """
        (function(){
        var t=document.getElementById('text'),c=document.getElementById('counter');
        function count(){if(!t||!c)return;var n=Array.from(t.value).length;c.textContent=n+'/500'+(n>500?' \\u2014 '+(document.documentElement.lang=='da'?'for lang':'too long'):'');c.className=n>500?'counter over':'counter';}
        if(t){t.addEventListener('input',count);count();}
        var seq=document.body.getAttribute('data-seq');
        if(!seq||!window.EventSource)return;
        var live=document.getElementById('live');
        var es=new EventSource('/events?since='+encodeURIComponent(seq)),leaving=false;
        document.addEventListener('submit',function(){leaving=true;es.close();},true);
        es.onmessage=function(e){
        if(e.data===seq||leaving)return;
        var busy=t&&(t.value.length>0||document.activeElement===t);
        if(busy){if(live)live.hidden=false;}else{es.close();location.reload();}
        };
        })();
        """
}
