package dev.datasafety.processor.detect;

import static com.google.common.truth.Truth.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A vocabulary phrase splits into its words as {@code phrase.trim().split(" +")} splits it. */
class VocabularyPhraseWordsTest {
  @Test
  void aPhraseSplitsAtRunsOfSpaces() {
    assertThat(Vocabulary.words("email address")).containsExactly("email", "address").inOrder();
    assertThat(Vocabulary.words("  date  of birth ")).containsExactly("date", "of", "birth").inOrder();
    assertThat(Vocabulary.words("ssn")).containsExactly("ssn");
    assertThat(Vocabulary.words("   ")).isEmpty();
  }

  @Property(tries = 500)
  void itSplitsAsTheRegularExpressionDoes(@ForAll @StringLength(max = 24) @Chars({'a', 'b', ' '}) String phrase) {
    List<String> expected = Arrays.stream(phrase.trim().split(" +")).filter(w -> !w.isEmpty()).toList();
    assertThat(Vocabulary.words(phrase)).isEqualTo(expected);
  }

  @Test
  void everyPhraseOfTheVocabularyIsIndexedUnderItsFirstWord() {
    Vocabulary vocabulary = Vocabulary.load();
    assertThat(vocabulary.phrasesByFirstWord).isNotEmpty();
    vocabulary.phrasesByFirstWord.forEach((first, phrases) -> {
      for (Vocabulary.Phrase phrase : phrases) {
        assertThat(phrase.words().get(0)).isEqualTo(first);
        assertThat(phrase.words()).doesNotContain("");
      }
    });
  }
}
