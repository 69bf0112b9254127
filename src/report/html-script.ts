// The page's only script: filters, the open finding and an open source view live in the URL fragment
// (#rule=…&severity=…&document=…&status=…&ack=hide&finding=…&source=…), so a link shows a reviewer the
// same view; a filter change is a history entry, so Back returns to the view before it; j/k move between
// the findings shown. Source text is only ever set as text, never parsed as HTML. Each source button
// carries its excerpt (data-span: first line, last line, and the marked words from line:col to line:col),
// computed when the report is written.
export const SCRIPT = `(function(){
var sel=function(id){return document.getElementById(id)};
var FILTERS=['rule','severity','document','status'].filter(function(k){return sel('f-'+k)});
var excerpts=JSON.parse(sel('excerpts').textContent||'[]');
var current=null,openSource=null;
function visible(){return Array.prototype.filter.call(document.querySelectorAll('.finding'),function(el){return !el.hidden})}
function hashOf(){var p=new URLSearchParams();FILTERS.forEach(function(k){var v=sel('f-'+k).value;if(v)p.set(k,v)});
if(sel('f-ack').checked)p.set('ack','hide');
if(current)p.set('finding',current.dataset.id);if(current&&openSource!==null)p.set('source',String(openSource));
var h=p.toString();return h?'#'+h:location.pathname+location.search;}
function writeHash(push){var h=hashOf();if(push)history.pushState(null,'',h);else history.replaceState(null,'',h);}
function apply(){var r=sel('f-rule').value,s=sel('f-severity').value,d=sel('f-document').value,st=sel('f-status')?sel('f-status').value:'',ack=sel('f-ack').checked,shown=0;
document.querySelectorAll('.finding').forEach(function(el){
var ok=(!r||el.dataset.rule===r)&&(!s||el.dataset.severity===s)&&(!d||el.dataset.documents.split(' ').indexOf(d)>=0)&&(!st||el.dataset.status===st)&&!(ack&&el.dataset.severity==='acknowledged');
el.hidden=!ok;if(ok)shown++;});sel('shown').textContent=String(shown);sel('none').hidden=shown>0;}
function setCurrent(el,scroll,push){if(current)current.classList.remove('current');current=el;openSource=null;
if(el){el.classList.add('current');if(scroll){el.querySelector('h3').scrollIntoView({block:'start'});el.focus({preventScroll:true});}}writeHash(push);}
function render(btn){var entry=excerpts[Number(btn.dataset.file)]||['',{}],file=entry[1],line=Number(btn.dataset.line);
var sp=(btn.dataset.span||'').split(',').map(Number),from=sp[0]||line,to=sp[1]||line,m=sp.length===6?{l:sp[2],c:sp[3],el:sp[4],ec:sp[5]}:null;
var pre=document.createElement('pre');pre.className='source';pre.setAttribute('aria-label',entry[0]+' around line '+line);var any=false;
for(var n=from;n<=to;n++){var t=file[n];if(t===undefined)continue;any=true;var div=document.createElement('div');div.className='line';
var num=document.createElement('span');num.className='n';num.textContent=String(n);div.appendChild(num);
var lo=m&&n>=m.l&&n<=m.el?(n===m.l?m.c:0):-1,hi=m&&n===m.el?m.ec:t.length;
if(lo>=0&&lo<hi){div.appendChild(document.createTextNode(t.slice(0,lo)));var mk=document.createElement('mark');mk.textContent=t.slice(lo,hi);div.appendChild(mk);div.appendChild(document.createTextNode(t.slice(hi)));div.classList.add('quoted');}
else div.appendChild(document.createTextNode(t));pre.appendChild(div);}
if(!any){pre.textContent='The source lines are not in this report.';}
return pre;}
function toggle(btn,force){var row=btn.closest('tr'),next=row.nextElementSibling,open=next&&next.classList.contains('excerpt');
var f=btn.closest('.finding'),idx=Number(btn.dataset.index);
if(open&&force!==true){next.remove();btn.setAttribute('aria-expanded','false');if(current===f)openSource=null;writeHash(false);return;}
if(!open){var tr=document.createElement('tr');tr.className='excerpt';var td=document.createElement('td');td.colSpan=row.children.length;td.appendChild(render(btn));tr.appendChild(td);row.after(tr);}
btn.setAttribute('aria-expanded','true');if(current!==f)setCurrent(f,false,false);openSource=idx;writeHash(false);}
function readHash(){var p=new URLSearchParams(location.hash.slice(1));FILTERS.forEach(function(k){var v=p.get(k)||'',s=sel('f-'+k);
s.value=Array.prototype.some.call(s.options,function(o){return o.value===v})?v:''});sel('f-ack').checked=p.get('ack')==='hide';apply();
var f=p.get('finding')?sel('f-'+p.get('finding')):null;setCurrent(f&&!f.hidden?f:null,true,false);
var i=p.get('source');if(current&&i!==null){var b=current.querySelector('button.src[data-index="'+i+'"]');if(b)toggle(b,true);}}
function changed(){apply();if(current&&current.hidden){current.classList.remove('current');current=null;openSource=null;}writeHash(true);}
FILTERS.forEach(function(k){sel('f-'+k).addEventListener('change',changed)});sel('f-ack').addEventListener('change',changed);
document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button.src');if(b){toggle(b);return;}
var f=e.target.closest&&e.target.closest('.finding');if(f&&f!==current&&!e.target.closest('a'))setCurrent(f,false,false);});
document.addEventListener('keydown',function(e){if(e.ctrlKey||e.metaKey||e.altKey)return;var t=e.target.tagName;if(t==='SELECT'||t==='INPUT'||t==='TEXTAREA')return;
if(e.key!=='j'&&e.key!=='k')return;var v=visible();if(!v.length)return;var i=v.indexOf(current);
var n=e.key==='j'?(i<0?0:Math.min(v.length-1,i+1)):(i<0?0:Math.max(0,i-1));setCurrent(v[n],true,false);e.preventDefault();});
window.addEventListener('hashchange',readHash);window.addEventListener('popstate',readHash);readHash();})();`;
