/**
 * The floor of the editor's cold start: React and a Lexical rich-text editor with its history, holding one
 * paragraph, and nothing of the app. The editor bench builds and opens it like the app.
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { createRoot } from 'react-dom/client';

function oneParagraph(): void {
  $getRoot().append($createParagraphNode().append($createTextNode('Thông báo')));
}

createRoot(document.getElementById('root')!).render(
  <LexicalComposer
    initialConfig={{
      namespace: 'react-lexical-floor',
      editorState: oneParagraph,
      onError: (error) => {
        throw error;
      },
    }}
  >
    <RichTextPlugin contentEditable={<ContentEditable data-block-id="p" />} ErrorBoundary={LexicalErrorBoundary} />
    <HistoryPlugin />
  </LexicalComposer>,
);
